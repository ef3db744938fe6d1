// Test support: random but plausible reports — every table cell a number (counts up to `maxCount`), and
// prose of several wrapped paragraphs with numbers, quotes, brackets, 「：」 endings and numbered lines — and
// what an importer must give back: the same cells and the same paragraphs in the same fields.
import fc from "fast-check";
import { cellDefs } from "../lib/format/cell-path";
import type { Report } from "../lib/report/types";
import { getPath, setPath } from "../lib/values/object-path";
import { gov2021 } from "../templates/gov-2021";
import valid from "../templates/gov-2021/fixtures/valid-report.json";

const defs = cellDefs(gov2021);
const NAME_CHARS = [..."城关和庄港口金殿大黑官河东西南北新安平山"];

const SENTENCES = [
  "{year}年，{unit}认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作",
  "全年通过政府门户网站主动公开政府信息{n}条，其中政策文件{m}件、政策解读{k}篇",
  "严格落实“先审查、后公开”和“一事一审”的保密审查制度，全年未发生泄密事件",
  "依托12345政务服务便民热线和“i{short}”APP回应群众关切{n}次",
  "共收到政府信息公开申请{n}件，均在法定期限内答复，其中予以公开{m}件",
  "对照《{year}年政务公开工作要点》逐项细化任务分工（共{k}项），明确责任单位和完成时限",
  "组织开展政务公开业务培训{k}次，参训人员{m}人次",
  "存在公开内容不够丰富、解读形式较为单一等问题",
  "下一步将从以下方面改进：一是完善制度；二是强化监督；三是提升质量",
  "本年度未收取信息处理费",
];

type Ctx = { unit: string; year: number };

const sentenceArb = (ctx: Ctx, pool = SENTENCES) =>
  fc
    .record({ s: fc.constantFrom(...pool), n: fc.nat(999_999), m: fc.nat(9_999), k: fc.nat(99), end: fc.constantFrom("。", "。", "。", "；", "！") })
    .map(({ s, n, m, k, end }) =>
      s.replace("{year}", String(ctx.year)).replace("{unit}", ctx.unit).replace("{short}", ctx.unit.slice(0, 2)).replace("{n}", String(n)).replace("{m}", String(m)).replace("{k}", String(k)) + end,
    );

/** A paragraph: one to four sentences; sometimes a short numbered line (「1.体制机制建设情况」) or 「无。」. */
const paragraphArb = (ctx: Ctx, pool = SENTENCES) =>
  fc.oneof(
    { weight: 8, arbitrary: fc.array(sentenceArb(ctx, pool), { minLength: 1, maxLength: 4 }).map((s) => s.join("")) },
    { weight: 1, arbitrary: fc.constantFrom("1.体制机制建设情况", "2.解读回应关切", "现将有关情况报告如下：", "无。") },
  );

const fieldArb = (ctx: Ctx, minLength: number, pool = SENTENCES) => fc.array(paragraphArb(ctx, pool), { minLength, maxLength: 3 }).map((p) => p.join("\n"));
/** 六（一） says nothing of the fee itself: the renderer adds the recorded status (lib/import/structure/info-fee.ts). */
const NOT_FEE = SENTENCES.filter((s) => !s.includes("信息处理费"));

function proseArb(ctx: Ctx): fc.Arbitrary<Report["prose"]> {
  const sections = gov2021.sections.filter((s) => !s.table);
  return fc.tuple(...sections.map((s) => fc.record({ text: fieldArb(ctx, s.parts ? 0 : 1), parts: fc.tuple(...(s.parts ?? []).map((p) => fieldArb(ctx, 1, p.key === "fee" ? NOT_FEE : SENTENCES))) }))).map((all) =>
    Object.fromEntries(
      sections.map((s, i) => [s.key, { text: all[i]!.text, parts: Object.fromEntries((s.parts ?? []).map((p, j) => [p.key, all[i]!.parts[j]!])) }]),
    ),
  );
}

/** Random reports: every cell a number (the renderer prints blanks as 0, see lib/values/format-number). */
export function reportArb(maxCount: number, withProse = false): fc.Arbitrary<Report> {
  return fc
    .record({
      name: fc.array(fc.constantFrom(...NAME_CHARS), { minLength: 2, maxLength: 6 }).map((c) => c.join("") + "镇"),
      year: fc.integer({ min: 2021, max: 2030 }),
      cells: fc.tuple(...defs.map((d) => (d.kind === "count" ? fc.nat(maxCount) : fc.integer({ min: 0, max: 99_999_999 }).map((n) => n / 10_000)))),
    })
    .chain((base) => (withProse ? fc.record({ prose: proseArb({ unit: base.name, year: base.year }), preamble: fieldArb({ unit: base.name, year: base.year }, 1) }) : fc.constant(null)).map((p) => ({ ...base, p })))
    .map(({ name, year, cells, p }) => {
      let r = structuredClone(valid) as unknown as Report;
      r = { ...r, unit: { ...r.unit, name }, year, ...(p ? { prose: p.prose, preamble: p.preamble } : {}) };
      defs.forEach((d, i) => (r = setPath(r, d.path, cells[i])));
      return r;
    });
}

export function cellDiff(got: Report, want: Report): string[] {
  return defs.filter((d) => getPath(got, d.path) !== getPath(want, d.path)).map((d) => `${d.path}: ${String(getPath(got, d.path))} ≠ ${String(getPath(want, d.path))}`);
}

/** Every prose field as its list of paragraphs (what the renderer prints, one paragraph per line). */
export function proseFields(r: Report): Record<string, string[]> {
  const paras = (t: string) => t.split("\n").map((l) => l.trim()).filter(Boolean);
  const out: Record<string, string[]> = { preamble: paras(r.preamble) };
  for (const [key, s] of Object.entries(r.prose)) {
    out[key] = paras(s.text);
    for (const [part, t] of Object.entries(s.parts)) out[`${key}.${part}`] = paras(t);
  }
  return out;
}
