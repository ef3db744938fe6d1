// One input per catalogued rule that breaks it: the complete fixture with one change, or a seed as read
// from its text. Used by the catalogue test (every rule can fire) and by docs/rules.md (an example each).
import { readFileSync } from "node:fs";
import path from "node:path";
import valid from "../templates/gov-2021/fixtures/valid-report.json";
import { renderDocxBuffer } from "../lib/docx/pack";
import { importReport } from "../lib/import/build/import-report";
import { editPart, withForgedData } from "./docx-packages";
import { reportDocx } from "./field-corpus/report-docx";
import { fieldSource } from "./field-corpus/source-data";
import { startFromLastYear } from "../lib/import/build/start-from-last-year";
import { evaluate } from "../lib/rules/evaluate";
import type { Issue } from "../lib/rules/types";
import type { Report } from "../lib/report/types";
import { setPath } from "../lib/values/object-path";

const seeds = path.resolve(import.meta.dirname, "../templates/gov-2021/fixtures/seeds");

/** A data file (the exchange format), a document's text or a document file, as the doors take them. */
export type ExampleInput =
  | { kind: "data"; report: Report }
  | { kind: "text"; name: string; text: string }
  | { kind: "file"; name: string; bytes: Uint8Array };

/** The complete fixture with these changes. */
function changed(changes: Record<string, unknown>): ExampleInput {
  return { kind: "data", report: Object.entries(changes).reduce((doc, [p, v]) => setPath(doc, p, v), valid as unknown as Report) };
}

/** A seed as the text it was published with (optionally edited). */
function seedText(n: string, edit: (text: string) => string = (t) => t): ExampleInput {
  return { kind: "text", name: `${n}.txt`, text: edit(readFileSync(path.join(seeds, `${n}.txt`), "utf8")) };
}

/** The complete fixture as this app's own .docx (with its data part), changed as another program would. */
const OWN_DOCX = new Uint8Array(await renderDocxBuffer(valid as unknown as Report));
const ownDocx = (name: string, change: (docx: Uint8Array) => Uint8Array): ExampleInput => ({ kind: "file", name, bytes: change(OWN_DOCX) });

/** Every issue of an input, as /check and the CLI see it (a document's text with what reading it found). */
export function issuesOf(input: ExampleInput): Issue[] {
  if (input.kind === "data") return evaluate(input.report);
  const r = importReport(input.kind === "text" ? { text: input.text } : { name: input.name, bytes: input.bytes });
  if (!r.ok) throw new Error(r.error);
  return evaluate(r.report, { document: { findings: r.findings } });
}

const R = "tables.requests";
const fresh = () => startFromLastYear(valid as unknown as Report);

export const RULE_EXAMPLES: Record<string, () => ExampleInput> = {
  "value.unparseable": () => changed({ "tables.proactive.licensing.decisions": "两件" }),
  "value.negative": () => changed({ "tables.proactive.penalty.decisions": -2 }),
  "value.not-integer": () => changed({ "tables.proactive.licensing.decisions": "1.5" }),
  "value.too-many-decimals": () => changed({ "tables.proactive.fees.amount": 1.23456 }),
  "value.blank": () => changed({ "tables.proactive.rules.issued": null }),
  "requests.balance": () => changed({ [`${R}.carriedOver.natural`]: 3, [`${R}.carriedOver.total`]: 4 }),
  "requests.outcome-total": () => changed({ [`${R}.granted.natural`]: 13, [`${R}.granted.total`]: 17 }),
  "requests.row-total": () => changed({ [`${R}.granted.total`]: 17 }),
  "appeals.group-total": () => changed({ "tables.appeals.review.total": 5 }),
  "proactive.in-force-bound": () => changed({ "tables.proactive.normativeDocs.inForce": 1 }),
  "proactive.rules-not-allowed": () => changed({ "tables.proactive.rules.issued": 2, "tables.proactive.rules.inForce": 2 }),
  "proactive.fee-unit": () => changed({ "tables.proactive.fees.amount": 5000 }),
  "crossyear.carry-over": () => changed({ "lastYear.tables.requests.carriedForward.natural": 3 }),
  "crossyear.in-force": () => changed({ "lastYear.tables.proactive.normativeDocs.inForce": 5 }),
  "crossyear.unreadable": () => changed({ "lastYear.tables.requests.carriedForward.natural": "abc" }),
  "content.unit-name": () => changed({ "unit.name": "" }),
  "content.published-on": () => changed({ publishedOn: "" }),
  "content.published-on-year": () => changed({ publishedOn: "2023-01-20" }),
  "content.contact": () => changed({ "contact.address": "", "contact.phone": "", "contact.email": "" }),
  "content.section-empty": () => changed({ "prose.problems.text": "" }),
  "content.part-empty": () => changed({ "prose.overview.parts.platform": "" }),
  "content.government-part": () => changed({ "prose.overview.parts.assessment": "" }),
  "content.table-empty": () => seedText("003"),
  "register.differs": () =>
    changed({
      register: {
        requests: {
          mapping: { version: 1, kind: "requests", columns: [], values: {} },
          year: valid.year,
          counts: { [`${R}.granted.natural`]: 11 },
          cases: {},
          uncounted: [],
          countedAt: "2025-01-10T08:00:00Z",
          confirmedOverrides: [],
        },
      },
    }),
  "fee.status": () => changed({ infoFee: { status: "unknown", amountYuan: null } }),
  "fee.amount": () => changed({ infoFee: { status: "collected", amountYuan: -5 } }),
  "text.carried-over": () => ({ kind: "data", report: fresh() }),
  "text.repeated": () => ({ kind: "data", report: { ...fresh(), prose: structuredClone(valid.prose) as Report["prose"] } }),
  "text.number-mismatch": () => changed({ "prose.overview.parts.requests": "全年收到政府信息公开申请58件。" }),
  "text.stale-year": () => changed({ preamble: "本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。" }),
  "structure.missing-section": () => seedText("000"),
  "structure.missing-table": () => seedText("000"),
  "structure.heading": () => seedText("001"),
  "import.unread": () => seedText("000"),
  "format.obsolete-2019": () => seedText("004"),
  "import.unit-kind-uncertain": () => seedText("001", (t) => t.replace("港口乡2021年政府信息公开工作年度报告", "宜丰市人民政府2021年政府信息公开工作年度报告")),
  "import.single-row-other": () => ({ kind: "file", name: "one-row.docx", bytes: reportDocx(fieldSource({ seed: 7 }), { singleOther: true }) }),
  "import.unchecked": () => seedText("000"),
  "import.edited-after-download": () =>
    ownDocx("edited.docx", (d) => editPart(d, (xml) => xml.replace("存在公开内容不够丰富等问题", "存在公开内容更新不够及时等问题"))),
  "import.embedded-mismatch": () =>
    ownDocx("forged.docx", (d) => withForgedData(d, setPath(valid as unknown as Report, "tables.requests.received.natural", 47))),
  "import.embedded-unreadable": () =>
    ownDocx("broken-part.docx", (d) => editPart(d, (xml) => xml.replace(/<report [^>]*>\{/, "$&oops"), "customXml/item1.xml")),
};

/** The first issue the example gives for its rule. */
export function exampleIssue(rule: string): Issue | undefined {
  const make = RULE_EXAMPLES[rule];
  return make ? issuesOf(make()).find((i) => i.rule === rule) : undefined;
}
