// generateRegister(seed): a realistic register (#24) — a title row, a one- or two-line header (a group merged
// over its sub-headers), header words varying from register to register, names/phones/contents in private
// columns, blank rows, mixed date forms, free-text categories, cases spanning the year boundary, withdrawn
// applications and rows that cannot be counted — as .xlsx (Excel or WPS), CSV (UTF-8 or GBK) or a pasted
// block. `expected` comes from the case list alone: the counts and cases per cell, the uncounted rows with reasons.
import { encodeGbk } from "../gbk";
import { appealCase, requestCase, type AppealCase, type RequestCase } from "./cases";
import { dateCell, delimited, readText, xlsx, type Cell, type Form, type Grid } from "./grid";
import { rand, type Rand } from "./random";
import { CONTENTS, NAMES, PHONES } from "./spellings";

export type RegisterKind = "requests" | "appeals";

export type Generated = {
  kind: RegisterKind;
  form: Form;
  year: number;
  fileName: string;
  /** The file (every form but "paste"). */
  bytes: Uint8Array;
  /** The pasted block ("paste"). */
  text: string;
  expected: {
    /** Non-zero cells only. */
    counts: Record<string, number>;
    cases: Record<string, number[]>;
    uncounted: { rowNumber: number; reason: string }[];
    rowsSeen: number;
    rowsCounted: number;
  };
  /** Every text written in a private column: none may appear in anything the core returns. */
  privateTexts: string[];
  twoLineHeader: boolean;
};

type Column = { header: string; group?: string; value: (c: never, r: Rand) => Cell };

function requestColumns(r: Rand, reasonColumn: boolean, withdrawnColumn: boolean): Column[] {
  const col = (header: string, value: (c: RequestCase, r: Rand) => Cell, group?: string): Column => ({ header, group, value: value as Column["value"] });
  return [
    col("序号", () => null),
    col(r.pick(["申请人", "申请人姓名或名称", "姓名/名称"]), (_, rr) => rr.pick(NAMES), "申请人情况"),
    col(r.pick(["申请人类型", "申请人性质", "申请人类别"]), (c) => c.applicantText, "申请人情况"),
    col(r.pick(["联系电话", "联系方式"]), (_, rr) => rr.pick(PHONES), "申请人情况"),
    col(r.pick(["申请内容", "所需信息"]), (_, rr) => rr.pick(CONTENTS) + (rr.chance(0.3) ? "\n（含附件）" : "")),
    col(r.pick(["收到日期", "受理日期", "申请日期", "登记日期"]), (c) => dateCell(c.received)),
    col(r.pick(["答复日期", "办结日期", "回复日期"]), (c) => dateCell(c.answered), "办理情况"),
    col(r.pick(["处理结果", "答复情况", "办理结果", "答复结果"]), (c) => c.outcomeText || null, "办理情况"),
    ...(reasonColumn ? [col(r.pick(["不予公开理由", "理由", "依据"]), (c) => c.reasonText || null, "办理情况")] : []),
    ...(withdrawnColumn ? [col("是否撤回", (c, rr) => (c.withdrawn ? "是" : rr.pick(["否", ""])) || null, "办理情况")] : []),
    col("备注", () => null),
  ];
}

function appealColumns(r: Rand): Column[] {
  const col = (header: string, value: (c: AppealCase, r: Rand) => Cell, group?: string): Column => ({ header, group, value: value as Column["value"] });
  return [
    col("序号", () => null),
    col("案号", (_, rr) => `（${rr.int(2023, 2025)}）复字第${rr.int(1, 99)}号`),
    col(r.pick(["申请人", "原告", "复议申请人"]), (_, rr) => rr.pick(NAMES), "当事人"),
    col(r.pick(["案件类型", "类型"]), (c) => c.caseTypeText, "案件情况"),
    col(r.pick(["收案日期", "立案日期", "收到日期"]), (c) => dateCell(c.filed), "案件情况"),
    col(r.pick(["审结日期", "结案日期"]), (c) => dateCell(c.closed), "审理情况"),
    col(r.pick(["审理结果", "结果", "复议结果"]), (c) => c.resultText || null, "审理情况"),
    col("备注", () => null),
  ];
}

function headerRows(columns: Column[], twoLine: boolean): { rows: Cell[][]; merges: Grid["merges"] } {
  if (!twoLine) return { rows: [columns.map((c) => c.header)], merges: [] };
  const top: Cell[] = [];
  const bottom: Cell[] = [];
  const merges: Grid["merges"] = [];
  columns.forEach((c, i) => {
    if (!c.group) {
      top.push(c.header);
      bottom.push(c.header);
      merges.push([1, i + 1, 2, i + 1]); // rows are shifted below by the title
      return;
    }
    top.push(c.group);
    bottom.push(c.header);
    const first = columns.findIndex((x) => x.group === c.group);
    if (first === i) {
      const last = columns.length - 1 - [...columns].reverse().findIndex((x) => x.group === c.group);
      if (last > i) merges.push([1, i + 1, 1, last + 1]);
    }
  });
  return { rows: [top, bottom], merges };
}

export type GenerateOptions = { seed: number; kind: RegisterKind; form?: Form; year?: number; cases?: number };

export async function generateRegister(o: GenerateOptions): Promise<Generated> {
  const r = rand(o.seed);
  const year = o.year ?? 2024;
  const form = o.form ?? r.pick<Form>(["xlsx", "wps", "csv-utf8", "csv-gbk", "paste"]);
  const reasonColumn = r.chance(0.5);
  const withdrawnColumn = o.kind === "requests" && r.chance(0.4);
  const twoLine = r.chance(0.5);
  const columns = o.kind === "requests" ? requestColumns(r, reasonColumn, withdrawnColumn) : appealColumns(r);
  const title = o.kind === "requests" ? `${year}年度政府信息公开申请登记台账` : `${year}年度政府信息公开行政复议、行政诉讼案件台账`;
  const titles: Cell[][] = [Array(columns.length).fill(title)];
  if (r.chance(0.5)) titles.push(Array(columns.length).fill(`填报单位：示例县某某镇人民政府　　填报时间：${year + 1}年1月`));
  const header = headerRows(columns, twoLine);
  const rows: Cell[][] = [...titles, ...header.rows];
  const merges: Grid["merges"] = titles.map((_, i) => [i + 1, 1, i + 1, columns.length] as [number, number, number, number]);
  for (const [r1, c1, r2, c2] of header.merges) merges.push([r1 + titles.length, c1, r2 + titles.length, c2]);
  // exceljs reads a merged range as its first cell's text everywhere: the grid holds it so too.
  for (const [r1, c1, r2, c2] of merges) for (let y = r1; y <= r2; y++) for (let x = c1; x <= c2; x++) rows[y - 1]![x - 1] = rows[r1 - 1]![c1 - 1]!;

  const expected: Generated["expected"] = { counts: {}, cases: {}, uncounted: [], rowsSeen: 0, rowsCounted: 0 };
  const privateTexts: string[] = [];
  const privateIndex = new Set(columns.map((c, i) => (/申请人$|名称|原告|电话|联系|内容|所需/.test(c.header) && !/类/.test(c.header) ? i : -1)));
  const n = o.cases ?? r.int(30, 80);
  let serial = 0;
  for (let k = 0; k < n; k++) {
    if (r.chance(0.08)) rows.push(Array(columns.length).fill(null)); // a blank row, skipped, not listed
    const c = o.kind === "requests" ? requestCase(r, { year, reasonColumn, withdrawnColumn }) : appealCase(r, year);
    const cells = columns.map((col) => (col.value as (c: RequestCase | AppealCase, r: Rand) => Cell)(c, r));
    cells[0] = ++serial;
    cells.forEach((cell, i) => privateIndex.has(i) && typeof cell === "string" && privateTexts.push(cell));
    rows.push(cells);
    const rowNumber = rows.length;
    expected.rowsSeen++;
    if (Array.isArray(c.counts)) {
      expected.rowsCounted++;
      for (const path of c.counts) {
        expected.counts[path] = (expected.counts[path] ?? 0) + 1;
        (expected.cases[path] ??= []).push(rowNumber);
      }
    } else {
      expected.uncounted.push({ rowNumber, reason: c.counts(rowNumber, (d) => readText(dateCell(d), form)) });
    }
  }
  // Rows numbered in advance and never filled: only 序号 (an ignored column), so blank.
  for (let k = 0; k < 3; k++) rows.push([++serial, ...Array(columns.length - 1).fill(null)]);
  const grid: Grid = { rows, merges };
  const base = o.kind === "requests" ? "依申请公开登记台账" : "复议诉讼台账";
  const stem = `${base}-${o.seed}`;
  if (form === "xlsx" || form === "wps") return { kind: o.kind, form, year, fileName: `${stem}.xlsx`, bytes: await xlsx(grid, form, form === "wps" ? "Sheet1" : `${year}年`), text: "", expected, privateTexts, twoLineHeader: twoLine };
  const text = delimited(grid, form);
  const bytes = form === "csv-gbk" ? encodeGbk(text) : new TextEncoder().encode(text);
  return { kind: o.kind, form, year, fileName: `${stem}.csv`, bytes, text, expected, privateTexts, twoLineHeader: twoLine };
}
