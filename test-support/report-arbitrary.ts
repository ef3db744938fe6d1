// Test support (used only by *.test.ts): random reports as a clerk might write them — prose that repeats the
// headings' words and exact heading texts, enumerations 「（一）」「1.」, a date or the unit's name as a paragraph,
// stray whitespace; empty or set 成文日期; every 信息处理费 state; every unit kind with a name of that kind;
// six-digit counts. `wild` adds what only the embedded data can carry (blank and raw-text cells, contact,
// last year's tables, notes, characters XML cannot hold).
import fc from "fast-check";
import { cellDefs } from "../lib/format/cell-path";
import { validateReport } from "../lib/report/parse-report-json";
import type { CellValue, InfoFee, Report } from "../lib/report/types";
import { emptyReport } from "../lib/values/empty-report";
import { gov2021 } from "../templates/gov-2021";

const defs = cellDefs(gov2021);
const PROSE_FIELDS = gov2021.sections.reduce((n, s) => n + (s.table ? 0 : 1 + (s.parts ?? []).filter((p) => p.key !== "fee").length), 0);
const HEADINGS = gov2021.sections.flatMap((s) => [s.heading, ...(s.parts ?? []).map((p) => p.heading)]);

const place = fc.array(fc.constantFrom(..."东西南北新安平山和庄港口金殿黑官河阳江湖清泉龙凤石桥"), { minLength: 2, maxLength: 3 }).map((c) => c.join(""));
const dept = fc.constantFrom("教育局", "公安局", "财政局", "市场监督管理局", "卫生健康委员会", "人民政府办公室", "自然资源局", "住房和城乡建设局", "发展和改革委员会");

/** A name of each kind, as such units are named (lib/import/structure/unit-kind.ts infers the kind back). */
const NAMES: Record<string, fc.Arbitrary<string>> = {
  township: fc.oneof(fc.tuple(place, place).map(([a, b]) => `${a}县${b}镇人民政府`), place.map((a) => `${a}乡人民政府`)),
  subdistrict: fc.oneof(fc.tuple(place, place).map(([a, b]) => `${a}区${b}街道办事处`), place.map((a) => `${a}街道办事处`)),
  "county-government": fc.oneof(place.map((a) => `${a}县人民政府`), fc.tuple(place, place).map(([a, b]) => `${a}市${b}区人民政府`)),
  "county-department": fc.oneof(fc.tuple(place, dept).map(([a, d]) => `${a}县${d}`), fc.tuple(place, place, dept).map(([a, b, d]) => `${a}市${b}区${d}`)),
  "city-government": fc.oneof(place.map((a) => `${a}市人民政府`), place.map((a) => `${a}自治州人民政府`)),
  "city-department": fc.tuple(place, dept).map(([a, d]) => `${a}市${d}`),
  "province-government": fc.oneof(place.map((a) => `${a}省人民政府`), place.map((a) => `${a}自治区人民政府`)),
  "province-department": fc.oneof(fc.tuple(place, dept).map(([a, d]) => `${a}省${d}`), place.map((a) => `${a}省教育厅`)),
  "state-council-department": fc.constantFrom("国家统计局", "国家林业和草原局", "中华人民共和国教育部"),
  other: place.map((a) => `${a}县供水有限公司`),
};
export const UNIT_KINDS = gov2021.unitKinds.map((k) => k.key);

const WORDS = [
  ...HEADINGS.map((h) => h.replace(/^[（(][一二三四五六][)）]|^[一二三四五六]、/, "")),
  "本年度", "加强", "政府信息公开", "工作", "依法", "群众", "培训", "制度", "网站", "发布", "信息", "推进", "规范",
  "落实", "条例", "专栏", "审查", "办理", "答复", "共", "件", "条", "次", "，", "、", "；",
];
const num = fc.oneof(fc.nat(999_999), fc.integer({ min: 2019, max: 2031 })).map(String);
const sentence = fc.array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: num }), { minLength: 2, maxLength: 8 }).map((w) => w.join("") + "。");

const enumeration = fc
  .tuple(fc.constantFrom("（一）", "（二）", "（五）", "一、", "二、", "五、", "1.", "2、", "（1）", "（3）"), sentence)
  .map(([n, s]) => n + s);

const spaced = (p: fc.Arbitrary<string>) =>
  fc.tuple(fc.constantFrom("", " ", "\u3000\u3000", "\t"), p, fc.constantFrom("", " ", "  ", "\u3000")).map(([a, t, b]) => a + t + b);

const paragraph = (unitName: string) =>
  spaced(
    fc.oneof(
      { weight: 8, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 2 }).map((s) => s.join("")) },
      { weight: 2, arbitrary: fc.constantFrom(...HEADINGS) },
      { weight: 2, arbitrary: enumeration },
      { weight: 1, arbitrary: fc.constantFrom(unitName, "2024年1月20日", "无。", "无") },
    ),
  );

const proseText = (unitName: string) =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constant("") },
    { weight: 3, arbitrary: fc.array(paragraph(unitName), { minLength: 1, maxLength: 3 }).chain((ps) => fc.constantFrom("\n", "\r\n", "\n\n").map((sep) => ps.join(sep))) },
  );

/** Markup, the part's own closing tag, and characters XML 1.0 cannot hold. */
const HOSTILE = "</report></reportData>]]>&amp;<w:p>\u0000\u0001\u000b\ufffe\uffff\ud800x\udc00\u0085😀";

const fullWidth = (s: string) => s.replace(/[\d,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** How a clerk might state an amount: 「1200」「1,200」「１２００」「0.12万元」. */
const writtenYuan = (yuan: number) =>
  fc.constantFrom(`${yuan}元`, `${yuan.toLocaleString("en-US")}元`, `${fullWidth(String(yuan))}元`, `${yuan / 10_000}万元`);

/** Every state: unknown, not collected, collected; typed text that says the same, something else, or nothing. */
const feeArb = (year: number): fc.Arbitrary<{ fee: InfoFee; typed: string }> => {
  const unrelated = fc.oneof(fc.constant(""), sentence);
  const statesNot = fc.constantFrom(`${year}年，本机关未收取信息处理费。`, "本单位未向申请人收取信息处理费。", "全年没有收取信息处理费。");
  const statesPaid = fc.nat(50_000).chain((y) => writtenYuan(y).map((w) => `${year}年共收取信息处理费${w}。`));
  const typed = fc.oneof(unrelated, statesNot, statesPaid);
  return fc.oneof(
    unrelated.map((t) => ({ fee: { status: "unknown" as const, amountYuan: null }, typed: t })),
    typed.map((t) => ({ fee: { status: "not-collected" as const, amountYuan: null }, typed: t })),
    fc.tuple(fc.oneof(fc.nat(1_000_000), fc.nat(10_000_000).map((n) => n / 100)), typed).map(([a, t]) => ({ fee: { status: "collected" as const, amountYuan: a }, typed: t })),
  );
};

const cellArb = (kind: string, wild: boolean): fc.Arbitrary<CellValue> => {
  const n = kind === "count" ? fc.nat(999_999) : fc.integer({ min: 0, max: 99_999_999 }).map((v) => v / 10_000);
  return wild ? fc.oneof({ weight: 8, arbitrary: n }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom("１２", "12件", "abc", "—") }) : n;
};

const dateArb = (year: number) =>
  fc.oneof(fc.constant(""), fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 28 })).map(([mo, d]) => `${year + 1}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`));

export function reportArb({ wild = false } = {}): fc.Arbitrary<Report> {
  return fc
    .record({ kind: fc.constantFrom(...UNIT_KINDS), year: fc.integer({ min: 2021, max: 2030 }) })
    .chain(({ kind, year }) =>
      fc.record({
        kind: fc.constant(kind),
        year: fc.constant(year),
        name: NAMES[kind]!,
        date: dateArb(year),
        fee: feeArb(year),
        cells: fc.tuple(...defs.map((d) => cellArb(d.kind, wild))),
        extra: wild
          ? fc.record({ phone: fc.string({ maxLength: 20 }), odd: fc.oneof(fc.string({ unit: "binary", maxLength: 30 }), fc.constant(HOSTILE)), lastYear: fc.boolean() })
          : fc.constant(null),
      }),
    )
    .chain((r) =>
      fc.tuple(fc.constant(r), fc.array(proseText(r.name), { minLength: PROSE_FIELDS, maxLength: PROSE_FIELDS }), proseText(r.name)).map(([r, texts, preamble]) => build(r, texts, preamble)),
    );
}

type Drawn = {
  kind: string;
  year: number;
  name: string;
  date: string;
  fee: { fee: InfoFee; typed: string };
  cells: CellValue[];
  extra: { phone: string; odd: string; lastYear: boolean } | null;
};

function build(d: Drawn, texts: string[], preamble: string): Report {
  let r = emptyReport(gov2021, { unitName: d.name, unitKind: d.kind, year: d.year });
  r = { ...r, publishedOn: d.date, preamble, infoFee: d.fee.fee };
  let i = 0;
  for (const s of gov2021.sections) {
    if (s.table) continue;
    r.prose[s.key]!.text = texts[i++] ?? "";
    for (const p of s.parts ?? []) r.prose[s.key]!.parts[p.key] = p.key === "fee" ? d.fee.typed : (texts[i++] ?? "");
  }
  defs.forEach((def, k) => {
    const row = def.segments.slice(0, -1).reduce((o: Record<string, unknown>, key) => o[key] as Record<string, unknown>, r as unknown as Record<string, unknown>);
    row[def.segments[def.segments.length - 1]!] = d.cells[k];
  });
  if (d.extra) {
    r.contact = { ...r.contact, phone: d.extra.phone, department: d.extra.odd };
    r.prose.problems!.text += d.extra.odd;
    r.notes = [d.extra.odd, "由年报助手导入"];
    if (d.extra.lastYear) r.lastYear = { year: d.year - 1, tables: { requests: { carriedForward: { natural: 3, total: 3 } } } };
  }
  const valid = validateReport(r);
  if (!valid.ok) throw new Error(`test-reports: ${valid.error}`);
  return valid.report;
}
