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

/** Each field under the names reports give it: 「通信地址」「邮政编码」「电话（传真）」「电子信箱」…; 传真 only stands in for 电话. */
const NAMES: readonly (readonly [keyof Contact, string])[] = [
  ["address", "通信地址|通讯地址|联系地址|办公地址|地址"],
  ["postcode", "邮政编码|邮编"],
  ["phone", "联系电话|咨询电话|办公电话|电话号码|电话"],
  ["email", "电子邮箱|电子信箱|电子邮件|邮箱|E-?mail"],
  ["website", "网站地址|网站网址|网址|网站"],
  ["phone", "传真"],
];
const LABEL = `(?:${NAMES.map(([, n]) => n).join("|")})(?:\\s*[（(][^（）()]{1,6}[）)])?`;
/** 「如对本报告/本年度报告/年度报告有（任何）疑问，请与…联系」 */
const ASK = "如对(?:本|该)?(?:年度)?报告(?:内容)?有(?:任何)?疑问[，,]?\\s*请(?:与|同)([\\s\\S]{1,80}?)联系";
/** The details in brackets (closed by the bracket before 「。」, a line end or the end: an address may hold brackets of its own)… */
const BRACKETED = new RegExp(`${ASK}\\s*[（(]([\\s\\S]{1,600}?)[）)]\\s*(?:[。.]|(?=\\n)|$)`);
/** …or after it: 「…联系。地址：…，邮编：…，电话：…。」 up to the sentence's end. */
const AFTER = new RegExp(`${ASK}\\s*[。.，,：:；;]?\\s*((?:${LABEL})\\s*[：:][^。\\n]{1,600}?)(?:。|\\.(?=\\s|$)|(?=\\n)|$)`, "i");
const FIELD = new RegExp(`^(${LABEL})\\s*[：:]\\s*([\\s\\S]*)$`, "i");
const BETWEEN_FIELDS = new RegExp(`[；;，,]\\s*(?=${LABEL}\\s*[：:])`, "i");
const keyOf = (label: string) => NAMES.find(([, names]) => new RegExp(`^(?:${names})`, "i").test(label))?.[0];

/**
 * Finds the sentence in `text` (it may run over several lines, as in PDF text) and returns the contact it
 * states and the text without it; null if there is none. The unit itself in 「请与…」 means no department.
 * Fields are separated by 「；」 or 「，」 (only where a field's name follows, so an address keeps its commas).
 */
export function parseContactSentence(text: string, unitName = ""): { contact: Contact; rest: string } | null {
  const m = BRACKETED.exec(text) ?? AFTER.exec(text);
  if (!m) return null;
  const contact = emptyContact();
  // Line breaks, and spaces next to a Chinese character or full-width punctuation, are layout (PDF text).
  const join = (s: string) => s.replace(/\s*\n\s*/g, "").replace(new RegExp(`\\s+(?=${WIDE})|(?<=${WIDE})\\s+`, "g"), "").trim();
  const who = join(m[1]!);
  contact.department = who === unitName.trim() ? "" : who;
  const fields = join(m[2]!).split(BETWEEN_FIELDS);
  let found = false;
  for (const field of fields) {
    const f = FIELD.exec(field.trim());
    const key = f && keyOf(f[1]!);
    if (!key || !f) continue;
    const value = f[2]!.trim();
    if (!contact[key]) contact[key] = value;
    found = true;
  }
  if (!found) return null;
  const rest = (text.slice(0, m.index) + text.slice(m.index + m[0].length)).replace(/\n{2,}/g, "\n").replace(/^\n+|\n+$/g, "");
  return { contact, rest };
}

/** What the printed preamble adds (the .docx and the preview): the sentence, unless the clerk wrote one already. */
export function printedContact(report: Pick<Report, "unit" | "contact" | "preamble">): string {
  return parseContactSentence(report.preamble) ? "" : contactSentence(report);
}
