// The preamble's contact sentence (format-2021.md §8.4: the opening paragraph gives contact details, as published
// reports do): 「如对本报告有疑问，请与…联系（地址：…；邮编：…；电话：…；邮箱：…；网址：…）。」 with only the fields
// that are filled. The renderer and the preview print it from report.contact; the importer reads it back.
import type { Report } from "./types";

type Contact = Report["contact"];

/** The detail fields in print order, with their printed labels. */
export const CONTACT_FIELDS = [
  ["address", "地址"],
  ["postcode", "邮编"],
  ["phone", "电话"],
  ["email", "邮箱"],
  ["website", "网址"],
] as const satisfies readonly (readonly [keyof Contact, string])[];

const OPENING = "如对本报告有疑问，请与";

/** The sentence, or "" when no detail is filled. 「请与…」 names the department, or the unit without one. */
export function contactSentence(report: Pick<Report, "unit" | "contact">): string {
  const c = report.contact;
  const details = CONTACT_FIELDS.map(([k, label]) => [label, (c[k] ?? "").trim()] as const).filter(([, v]) => v !== "");
  if (details.length === 0) return "";
  const who = (c.department ?? "").trim() || report.unit.name.trim();
  return `${OPENING}${who}联系（${details.map(([label, v]) => `${label}：${v}`).join("；")}）。`;
}

const emptyContact = (): Contact => ({ department: "", address: "", postcode: "", phone: "", email: "", website: "" });
const WIDE = "[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef]";
const LABELS = CONTACT_FIELDS.map(([, label]) => label).join("|");
/** The details end at the bracket that closes the sentence (「。」, a line end or the end), so an address may
 * hold brackets of its own. */
const SENTENCE = /如对本报告有疑问[，,]?\s*请与([\s\S]{1,80}?)联系\s*[（(]([\s\S]{1,600}?)[）)]\s*(?:[。.]|(?=\n)|$)/;

/**
 * Finds the sentence in `text` (it may run over several lines, as in PDF text) and returns the contact it
 * states and the text without it; null if there is none. The unit itself in 「请与…」 means no department.
 */
export function parseContactSentence(text: string, unitName = ""): { contact: Contact; rest: string } | null {
  const m = SENTENCE.exec(text);
  if (!m) return null;
  const contact = emptyContact();
  // Line breaks, and spaces next to a Chinese character or full-width punctuation, are layout (PDF text).
  const join = (s: string) => s.replace(/\s*\n\s*/g, "").replace(new RegExp(`\\s+(?=${WIDE})|(?<=${WIDE})\\s+`, "g"), "").trim();
  const who = join(m[1]!);
  contact.department = who === unitName.trim() ? "" : who;
  const fields = join(m[2]!).split(new RegExp(`[；;]\\s*(?=(?:${LABELS})[：:])`));
  let found = false;
  for (const field of fields) {
    const f = new RegExp(`^(${LABELS})[：:]\\s*([\\s\\S]*)$`).exec(field.trim());
    const key = f && CONTACT_FIELDS.find(([, label]) => label === f[1])?.[0];
    if (key && f) {
      contact[key] = f[2]!.trim();
      found = true;
    }
  }
  if (!found) return null;
  const rest = (text.slice(0, m.index) + text.slice(m.index + m[0].length)).replace(/\n{2,}/g, "\n").replace(/^\n+|\n+$/g, "");
  return { contact, rest };
}

/** What the printed preamble adds (the .docx and the preview): the sentence, unless the clerk wrote one already. */
export function printedContact(report: Pick<Report, "unit" | "contact" | "preamble">): string {
  return parseContactSentence(report.preamble) ? "" : contactSentence(report);
}
