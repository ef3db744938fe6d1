// nianbao review <files|dirs|zip>… [--roster 名单.txt] [--last-year DIR] [--year N] [--xlsx out.xlsx [--force]] [--json]
// 审核台 on the command line: the same lib/review as the /review page. Prints one row per report, then the
// roster, cross-year and roll-up summaries. Exit 0 when no report has errors, 1 when one has (or cannot be
// read), 2 when nothing could be read.
import { writeFile } from "node:fs/promises";
import { batchBudget, expandItems, openItem, type BatchBudget } from "../../lib/review/expand-zips";
import { withUniqueIds } from "../../lib/review/file-identity";
import { EXCLUSION_NAMES, FIGURE_NAMES, REVIEW_COLUMNS } from "../../lib/review/columns";
import { flawedOf } from "../../lib/review/roll-up-flawed";
import { reviewBatch } from "../../lib/review/review-batch";
import { parseRoster, probableText } from "../../lib/review/roster";
import type { BatchReview, KeyFigures, ReviewEntry } from "../../lib/review/types";
import { getPath } from "../../lib/values/object-path";
import { keyFigurePaths } from "../../lib/review/key-figures";
import { CliError, EXIT, checkOutput, fileReason, type Out } from "../io";
import { readInputs } from "../read-inputs";
import { reviewFiles } from "../review-pool";
import { USAGE } from "../usage";

export const REVIEW_USAGE = USAGE.review;

type Options = { inputs: string[]; roster?: string; lastYear?: string; year?: number; xlsx?: string; json: boolean; force: boolean };

const VALUED = ["--roster", "--last-year", "--year", "--xlsx"];

function parseArgs(args: string[]): Options {
  const o: Options = { inputs: [], json: false, force: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--json") o.json = true;
    else if (a === "--force") o.force = true;
    else if (VALUED.includes(a)) {
      const v = args[++i];
      if (v === undefined || v.startsWith("--")) throw new CliError(`${a} 后面需要给出值\n用法：${REVIEW_USAGE}`);
      if (a === "--roster") o.roster = v;
      if (a === "--last-year") o.lastYear = v;
      if (a === "--xlsx") o.xlsx = v;
      if (a === "--year") {
        if (!/^20\d{2}$/.test(v)) throw new CliError(`--year 应为四位年份（如 2024），而不是“${v}”`);
        o.year = Number(v);
      }
    } else if (a.startsWith("--")) throw new CliError(`未知选项：${a}\n用法：${REVIEW_USAGE}`);
    else o.inputs.push(a);
  }
  if (o.inputs.length === 0) throw new CliError(`用法：${REVIEW_USAGE}`);
  return o;
}

/** The files under `paths`, zips opened, each with an identity of its own, reviewed under the run's budget. */
async function reviewAll(paths: string[], budget: BatchBudget): Promise<ReviewEntry[]> {
  return reviewFiles(withUniqueIds(await expandItems(await readInputs(paths), budget)));
}

async function readRoster(file: string): Promise<string[]> {
  const [item] = await readInputs([file]);
  const read = await openItem(item!);
  if (read.error) throw new CliError(`名单文件无法读取：${read.error}`);
  return parseRoster(read);
}

/** Display width: CJK and full-width characters take two columns. */
const width = (s: string) => [...s].reduce((n, c) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1), 0);
const pad = (s: string, w: number) => s + " ".repeat(Math.max(0, w - width(s)));

export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => width(r[c] ?? ""))));
  return rows.map((r) => r.map((cell, c) => pad(cell, widths[c]!)).join("  ").trimEnd()).join("\n");
}

function human(batch: BatchReview, lastYearRead: boolean): string {
  const cell = (v: string | number | null) => (v === null ? "—" : String(v));
  const lines = [table([REVIEW_COLUMNS.map((c) => c.title), ...batch.entries.map((e) => REVIEW_COLUMNS.map((c) => cell(c.value(e))))])];
  const count = (s: ReviewEntry["status"]) => batch.entries.filter((e) => e.status === s).length;
  lines.push("", `共 ${batch.entries.length} 份（${batch.year ?? "年度不明"}年度）：通过 ${count("pass")}，有错误 ${count("errors")}，旧格式 ${count("obsolete")}，无法读取 ${count("unreadable")}。`);
  const withErrors = batch.entries.filter((e) => e.errors > 0);
  if (withErrors.length) lines.push("", "错误：");
  for (const e of withErrors) for (const i of e.issues.filter((x) => x.severity === "error")) lines.push(`  ${e.unit || e.fileName}：${i.message}`);
  const r = batch.roster;
  if (r) {
    const byId = new Map(batch.entries.map((e) => [e.id, e]));
    const alike = (name: string) => r.probable.filter((p) => p.name === name).map((p) => `，${probableText(`${byId.get(p.entryId)?.unit}（${p.entryId}）`)}`).join("");
    const alikeOf = (id: string) => r.probable.filter((p) => p.entryId === id).map((p) => `，${probableText(p.name)}`).join("");
    lines.push("", `名单：${r.matches.length} 个单位，已提交 ${r.matches.length - r.missing.length}，未提交 ${r.missing.length}。`);
    if (r.missing.length) lines.push(`  未提交：${r.missing.map((n) => (alike(n) ? `${n}（${alike(n).slice(1)}）` : n)).join("、")}`);
    for (const d of r.duplicates) lines.push(`  重复提交：${d.name}（${d.entryIds.join("、")}）`);
    if (r.notOnRoster.length) lines.push(`  不在名单内：${r.notOnRoster.map((id) => `${byId.get(id)?.unit}（${id}${alikeOf(id)}）`).join("、")}`);
    if (r.wrongYear.length) lines.push(`  非本年度：${r.wrongYear.map((id) => `${byId.get(id)?.unit}（${byId.get(id)?.year}年度，${id}）`).join("、")}`);
  }
  if (lastYearRead) {
    const paired = batch.entries.filter((e) => e.lastYearId);
    lines.push("", `跨年度：${paired.length} 份与上年报告配对。`);
    for (const e of paired) {
      for (const i of e.issues.filter((x) => x.rule.startsWith("crossyear.") || x.rule === "text.repeated")) lines.push(`  ${e.unit}：${i.message}`);
    }
  }
  const u = batch.rollUp;
  const total = (paths: string[]) => paths.reduce((n, p) => n + Number(getPath(u, p) ?? 0), 0);
  const k = keyFigurePaths();
  const sums: [keyof KeyFigures, string[]][] = [["received", [k.received]], ["outcomeTotal", [k.outcomeTotal]], ["carriedForward", [k.carriedForward]], ["reconsiderationTotal", k.review], ["litigationTotal", k.litigation]];
  lines.push("", `汇总：纳入 ${u.included.length} 份，未纳入 ${u.excluded.length} 份。${sums.map(([key, p]) => `${FIGURE_NAMES[key]} ${total(p)}`).join("，")}。`);
  const flawed = flawedOf(u);
  if (flawed.length) lines.push(`  表格有错误、按原数计入：${flawed.map((i) => `${i.unit || i.entryId}（${i.tableErrors} 处）`).join("、")}`);
  for (const x of u.excluded) lines.push(`  未纳入：${x.unit || x.entryId}（${EXCLUSION_NAMES[x.reason]}）`);
  for (const i of u.issues) lines.push(`  汇总表：${i.message}`);
  return lines.join("\n");
}

/** --json: the batch without the imported reports (the rows, the roster, the roll-up). */
function jsonOf(batch: BatchReview): string {
  const entries = batch.entries.map(({ report: _r, findings: _f, ...e }) => e);
  return JSON.stringify({ ...batch, entries }, null, 2);
}

export async function reviewCommand(args: string[], out: Out): Promise<number> {
  const o = parseArgs(args);
  // Never over an input — a report in an input folder, the roster, last year's reports — even with --force.
  const inputs = [...o.inputs, ...(o.roster ? [o.roster] : []), ...(o.lastYear ? [o.lastYear] : [])];
  if (o.xlsx) await checkOutput(inputs, o.xlsx, o.force);
  const roster = o.roster ? await readRoster(o.roster) : undefined;
  const budget = batchBudget();
  const entries = await reviewAll(o.inputs, budget);
  const lastYear = o.lastYear ? await reviewAll([o.lastYear], budget) : undefined;
  const batch = reviewBatch(entries, { roster, lastYear, year: o.year });
  // The workbook first: a closed stdout (`| head -1`) costs the printing, not the workbook.
  if (o.xlsx) {
    const { buildWorkbook } = await import("../../lib/review/workbook");
    await writeFile(o.xlsx, await buildWorkbook(batch)).catch((e: unknown) => {
      throw new CliError(`无法写入 ${o.xlsx}：${fileReason(e)}`);
    });
  }
  out.log(o.json ? jsonOf(batch) : human(batch, lastYear !== undefined));
  if (o.xlsx && !o.json) out.log(`\n已写入 ${o.xlsx}`);
  if (batch.entries.every((e) => e.status === "unreadable")) return EXIT.unreadable;
  return batch.entries.some((e) => e.errors > 0 || e.status === "unreadable") ? EXIT.errors : EXIT.ok;
}
