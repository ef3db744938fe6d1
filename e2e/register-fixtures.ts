// Registers for the browser test (issue #24), each with the counts its rows intend — computed here from the rows,
// by the format's rules, never by the app. A title row above the header, typed dates, free-text categories, a
// case carried over from last year, one still open on 31 December, one row that cannot be counted.
import ExcelJS from "exceljs";
import { categoryOptions } from "../lib/register/mapping/categories";
import type { ValueField } from "../lib/register/types";

export type GeneratedRegister = {
  fileName: string;
  bytes: Buffer;
  headerRows: number[];
  valueCounts: Partial<Record<ValueField, Record<string, number>>>;
  /** The category each free-text value means (the clerk's choice where the reader is unsure). */
  categories: Record<string, Record<string, string>>;
  /** The format's label of each category, per field (what the clerk picks in the select). */
  labels: Record<string, Record<string, string>>;
  intended: Record<string, number>;
  intendedCases: Record<string, number[]>;
  totals: Record<string, number>;
  uncounted: number[];
  tracedCell: string;
  names: string[];
  sampleDate: (rowNumber: number) => string;
};

const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));
const iso = (x: Date | null) => (x ? x.toISOString().slice(0, 10) : "");
const labelsOf = (fields: ValueField[]) =>
  Object.fromEntries(fields.map((f) => [f, Object.fromEntries(categoryOptions(f).map((o) => [o.key, o.label]))]));

type Row = { name: string; type: string; got: Date | null; done: Date | null; outcome: string };

async function workbook(title: string, headers: string[], rows: (string | Date | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("台账");
  ws.addRow([title]);
  ws.mergeCells(1, 1, 1, headers.length);
  ws.addRow(headers);
  rows.forEach((r) => ws.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function counter() {
  const intended: Record<string, number> = {};
  const cases: Record<string, number[]> = {};
  const add = (path: string, row: number) => {
    intended[path] = (intended[path] ?? 0) + 1;
    (cases[path] ??= []).push(row);
  };
  return { intended, cases, add };
}

const tally = (values: string[]) => values.reduce<Record<string, number>>((m, v) => (v ? ((m[v] = (m[v] ?? 0) + 1), m) : m), {});

export async function requestsRegisterFile(year: number): Promise<GeneratedRegister> {
  const categories = {
    applicantType: { 个人: "natural", 企业: "business", 律师事务所: "legal" } as Record<string, string>,
    outcome: { 予以公开: "granted", 部分公开: "partlyGranted", "不予公开-国家秘密": "withheld.stateSecret", 信息不存在: "unavailable.notHeld", 其他情形: "otherHandling.otherReason" } as Record<string, string>,
  };
  const spec: [number, Row][] = [
    [4, { name: "张三", type: "个人", got: d(year, 1, 5), done: d(year, 1, 20), outcome: "予以公开" }],
    [2, { name: "某某有限公司", type: "企业", got: d(year, 2, 1), done: d(year, 2, 15), outcome: "部分公开" }],
    [1, { name: "某某律师事务所", type: "律师事务所", got: d(year, 3, 1), done: d(year, 3, 10), outcome: "不予公开-国家秘密" }],
    [2, { name: "李四", type: "个人", got: d(year, 4, 1), done: d(year, 4, 20), outcome: "信息不存在" }],
    [1, { name: "某某商贸公司", type: "企业", got: d(year, 5, 1), done: d(year, 5, 20), outcome: "其他情形" }],
    [1, { name: "王五", type: "个人", got: d(year - 1, 12, 20), done: d(year, 1, 10), outcome: "予以公开" }],
    [1, { name: "赵六", type: "个人", got: d(year, 12, 25), done: null, outcome: "" }],
    [1, { name: "钱七", type: "个人", got: null, done: d(year, 6, 1), outcome: "予以公开" }],
  ];
  const rows = spec.flatMap(([n, r]) => Array.from({ length: n }, () => r));
  const first = 3;
  const c = counter();
  const uncounted: number[] = [];
  rows.forEach((r, i) => {
    const at = first + i;
    if (!r.got) return void uncounted.push(at); // no date received: listed, never guessed
    const who = categories.applicantType[r.type]!;
    c.add(`tables.requests.${r.got.getUTCFullYear() === year ? "received" : "carriedOver"}.${who}`, at);
    const answered = r.done && r.done <= d(year, 12, 31);
    const row = answered ? categories.outcome[r.outcome]!.split(".").pop()! : "carriedForward";
    c.add(`tables.requests.${row}.${who}`, at);
  });
  const bytes = await workbook(
    `${year}年政府信息公开申请登记台账`,
    ["序号", "申请人姓名/名称", "申请人类型", "收到日期", "答复日期", "处理结果"],
    rows.map((r, i) => [String(i + 1), r.name, r.type, r.got, r.done, r.outcome]),
  );
  return {
    fileName: "申请登记台账.xlsx",
    bytes,
    headerRows: [2],
    valueCounts: { applicantType: tally(rows.map((r) => r.type)), outcome: tally(rows.map((r) => r.outcome)) },
    categories,
    labels: labelsOf(["applicantType", "outcome"]),
    intended: c.intended,
    intendedCases: c.cases,
    totals: { received: Object.entries(c.intended).filter(([p]) => p.startsWith("tables.requests.received.")).reduce((s, [, n]) => s + n, 0) },
    uncounted,
    tracedCell: "tables.requests.granted.natural",
    names: [...new Set(rows.map((r) => r.name))],
    sampleDate: (rowNumber) => iso(rows[rowNumber - first]!.got),
  };
}

export async function appealsRegisterFile(year: number): Promise<GeneratedRegister> {
  const categories = {
    caseType: { 行政复议: "review", 直接起诉: "direct", 复议后起诉: "afterReview" } as Record<string, string>,
    result: { 维持: "upheld", 撤销: "corrected", 驳回申请: "otherResult", 尚未审结: "pending" } as Record<string, string>,
  };
  const spec: [number, { name: string; type: string; got: Date; done: Date | null; result: string }][] = [
    [2, { name: "张三", type: "行政复议", got: d(year, 3, 1), done: d(year, 5, 1), result: "维持" }],
    [1, { name: "李四", type: "行政复议", got: d(year, 4, 1), done: d(year, 6, 1), result: "撤销" }],
    [1, { name: "某某有限公司", type: "直接起诉", got: d(year, 5, 1), done: d(year, 9, 1), result: "驳回申请" }],
    [1, { name: "王五", type: "复议后起诉", got: d(year, 10, 1), done: null, result: "尚未审结" }],
  ];
  const rows = spec.flatMap(([n, r]) => Array.from({ length: n }, () => r));
  const first = 3;
  const c = counter();
  rows.forEach((r, i) => c.add(`tables.appeals.${categories.caseType[r.type]}.${categories.result[r.result]}`, first + i));
  const bytes = await workbook(
    `${year}年行政复议、行政诉讼案件台账`,
    ["序号", "申请人/原告", "案件类型", "收到日期", "审结日期", "结果"],
    rows.map((r, i) => [String(i + 1), r.name, r.type, r.got, r.done, r.result]),
  );
  return {
    fileName: "复议诉讼台账.xlsx",
    bytes,
    headerRows: [2],
    valueCounts: { caseType: tally(rows.map((r) => r.type)), result: tally(rows.map((r) => r.result)) },
    categories,
    labels: labelsOf(["caseType", "result"]),
    intended: c.intended,
    intendedCases: c.cases,
    totals: { review: rows.filter((r) => r.type === "行政复议").length },
    uncounted: [],
    tracedCell: "tables.appeals.review.upheld",
    names: [...new Set(rows.map((r) => r.name))],
    sampleDate: (rowNumber) => iso(rows[rowNumber - first]!.got),
  };
}
