// Family content: what a publishable report must contain (条例第五十条; format-2021.md §2, §9 S-2/S-3).
// Unit name, 成文日期, a way to reach the unit, the text of 一 and 五, the aspects of 一 (工作考核… for
// 各级人民政府 as an error), and every table filled in.
import type { ReportFormat, SectionDef, TableKey } from "../format/types";
import { cellDefs } from "../format/cell-path";
import { getPath } from "../values/object-path";
import { parseCell } from "../values/parse";
import { isBlankText, textAt, yearOf, type Checkable } from "./checkable";
import { contentMessages as m } from "./messages";
import { proseFields, textFields } from "./prose-fields";
import type { Issue } from "./types";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dateIssues(report: Checkable): Issue[] {
  const cells = ["publishedOn"];
  const text = textAt(report, "publishedOn").trim();
  if (!text) return [{ rule: "content.published-on", severity: "error", cells, message: m.publishedOn }];
  const d = DATE.exec(text);
  const valid = d && !Number.isNaN(Date.parse(text)) && new Date(text).toISOString().startsWith(text);
  if (!valid) return [{ rule: "content.published-on", severity: "error", cells, message: m.publishedOnInvalid(text) }];
  const year = yearOf(report);
  const at = Number(d[1]);
  // 「成文日期」 is the report year or, usually, January of the next (条例第四十九条: 1月31日 / 3月31日).
  if (year === null || at === year || at === year + 1) return [];
  const shown = `${at}年${Number(d[2])}月${Number(d[3])}日`;
  return [{ rule: "content.published-on-year", severity: "warning", cells, message: m.publishedOnYear(shown, year) }];
}

/** 「地址：…」「电话：…」 written into the text itself (real reports often put it in 六 or the preamble). */
const CONTACT_IN_TEXT = /(地址|电话|邮箱|电子邮件|传真)\s*[:：]\s*\S/;

function contactIssues(report: Checkable, format: ReportFormat): Issue[] {
  const reachBy = format.contactFields.filter((f) => f.reachBy);
  if (reachBy.some((f) => !isBlankText(textAt(report, `contact.${f.key}`)))) return [];
  if (textFields(format).some((f) => CONTACT_IN_TEXT.test(textAt(report, f.path)))) return [];
  const cells = reachBy.map((f) => `contact.${f.key}`);
  return [{ rule: "content.contact", severity: "error", cells, message: m.contact(reachBy.map((f) => f.label)) }];
}

function sectionIssues(report: Checkable, format: ReportFormat, section: SectionDef): Issue[] {
  const fields = proseFields(format, section, report);
  const lead = section.parts ? textAt(report, `prose.${section.key}.text`) : "";
  const all = [lead, ...fields.map((f) => textAt(report, f.path))].join("\n");
  const empty = isBlankText(all);
  const out: Issue[] = [];
  if (section.required && empty) {
    out.push({ rule: "content.section-empty", severity: "error", cells: [fields[0]!.path], message: m.sectionEmpty(section.heading) });
  }
  for (const f of fields) {
    const words = f.part?.mentions;
    if (!words || (empty && !f.governmentOnly)) continue; // an empty section is one error, not one per aspect
    if (!isBlankText(textAt(report, f.path)) || words.every((w) => all.includes(w))) continue;
    out.push(
      f.governmentOnly
        ? { rule: "content.government-part", severity: "error", cells: [f.path], message: m.governmentPart(section.heading, f.heading) }
        : { rule: "content.part-empty", severity: "warning", cells: [f.path], message: m.partEmpty(section.heading, f.heading) },
    );
  }
  return out;
}

/** A total that says something was counted (the wizard writes 0 into the totals of an untouched table). */
const countedTotal = (raw: unknown) => {
  const p = parseCell(raw);
  return p.kind === "invalid" || (p.kind === "number" && p.value !== 0);
};

/**
 * A table with not one cell typed was never filled in: a publishable report prints 0 where nothing happened.
 * Totals count only when they are not 0 — the wizard computes them; seed 003 published only its 总计 zeros.
 */
function emptyTableIssues(report: Checkable, format: ReportFormat): Issue[] {
  const blanks = new Map<TableKey, string[]>();
  const filled = new Set<TableKey>();
  for (const d of cellDefs(format)) {
    if (filled.has(d.table)) continue;
    const raw = getPath(report, d.path);
    const total = Boolean(d.rowTotal || d.colTotal);
    if (total ? countedTotal(raw) : parseCell(raw).kind !== "blank") filled.add(d.table);
    else if (total) continue;
    else if (blanks.has(d.table)) blanks.get(d.table)!.push(d.path);
    else blanks.set(d.table, [d.path]);
  }
  return format.sections.flatMap((s) => {
    if (!s.table || filled.has(s.table)) return [];
    const cells = blanks.get(s.table) ?? [];
    return [{ rule: "content.table-empty", severity: "error" as const, cells, message: m.tableEmpty(format.tables[s.table].name, s.heading) }];
  });
}

export function contentIssues(report: Checkable, format: ReportFormat): Issue[] {
  const out: Issue[] = [];
  if (isBlankText(textAt(report, "unit.name"))) out.push({ rule: "content.unit-name", severity: "error", cells: ["unit.name"], message: m.unitName });
  out.push(...dateIssues(report), ...contactIssues(report, format));
  for (const s of format.sections) if (!s.table) out.push(...sectionIssues(report, format, s));
  return [...out, ...emptyTableIssues(report, format)];
}
