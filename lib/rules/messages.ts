// All Chinese wording of the rule engine, in one place.
import type { CellDef } from "../format/cell-path";
import { cellName } from "../format/cell-path";

const fmt = (n: number) => String(Math.round(n * 10000) / 10000);

export const messages = {
  unparseable: (d: CellDef, text: string) =>
    `${cellName(d)}：“${text}”不是数字，请填写阿拉伯数字（没有的填 0）`,
  tooLarge: (d: CellDef, text: string) => `${cellName(d)}：“${text}”数字过大，请核对`,
  negative: (d: CellDef, v: number) => `${cellName(d)}：不能为负数（现为 ${fmt(v)}）`,
  notInteger: (d: CellDef, v: number) => `${cellName(d)}：件数应为整数（现为 ${fmt(v)}）`,
  tooManyDecimals: (d: CellDef, v: number) => `${cellName(d)}：金额以万元为单位，最多保留 4 位小数（现为 ${v}）`,
  blank: (tableName: string, count: number) =>
    `${tableName}有 ${count} 个空格未填写，已按 0 计算；如确为 0，请填写 0`,

  /** 「表三·自然人列：一+二 = 12，（七）总计+四 = 11，相差 1」 */
  balance: (tableName: string, scope: string, left: string, l: number, right: string, r: number) =>
    `${tableName}·${scope}：${left} = ${fmt(l)}，${right} = ${fmt(r)}，相差 ${fmt(Math.abs(l - r))}`,
  sum: (tableName: string, scope: string, totalLabel: string, t: number, addendsLabel: string, s: number) =>
    `${tableName}·${scope}：${totalLabel} = ${fmt(t)}，${addendsLabel} = ${fmt(s)}，相差 ${fmt(Math.abs(t - s))}`,

  /** A 勾稽关系 over a cell the importer could not read is not checked: a reading gap is not a 相差. */
  unchecked: (tableName: string, relation: string, count: number, rows: string[]) =>
    `${tableName}：${relation}有 ${count} 处无法核对，因为${rows.map((r) => `“${r}”`).join("、")}有单元格未能读出；请对照原文核对`,
  inForceBound: (d: { inForce: CellDef; issued: CellDef; repealed: CellDef }, inForce: number, issued: number, repealed: number) =>
    `${d.inForce.tableName}·${d.inForce.rowName}：${d.inForce.colName} ${fmt(inForce)} 小于 ${d.issued.colName} ${fmt(issued)} − ${d.repealed.colName} ${fmt(repealed)} = ${fmt(issued - repealed)}，请核对`,
  rulesNotAllowed: (row: CellDef, unitKind: string, filled: string, insteadRow: string) =>
    `${row.tableName}·${row.rowName}：${unitKind}无权制定${row.rowName}，${row.rowName}一行通常应为 0（现填 ${filled}）；本单位制发的文件请填在“${insteadRow}”一行`,
  feeUnit: (d: CellDef, amount: number, limit: number) =>
    `${d.tableName}·${d.rowName}：${d.colName} ${fmt(amount)} 万元（即 ${fmt(amount * 10000)} 元），超过 ${fmt(limit)} 万元，请确认是否把“元”误填为“万元”`,
  carryOverUnreadable: (scope: string, text: string) =>
    `表三·${scope}：上年报告 四、结转下年度继续办理“${text}”不是数字，无法核对本年的 二、上年结转，请核对上年数据`,
  inForceContinuity: (d: { inForce: CellDef; issued: CellDef; repealed: CellDef }, inForce: number, last: number, issued: number, repealed: number) =>
    `${d.inForce.tableName}·${d.inForce.rowName}：${d.inForce.colName} ${fmt(inForce)}，上年报告${d.inForce.colName} ${fmt(last)} + ${d.issued.colName} ${fmt(issued)} − ${d.repealed.colName} ${fmt(repealed)} = ${fmt(last + issued - repealed)}，请核对（如有修订、重新印发可说明）`,
  carryOver: (scope: string, thisYear: number, lastYear: number) =>
    `表三·${scope}：二、上年结转 = ${fmt(thisYear)}，上年报告 四、结转下年度继续办理 = ${fmt(lastYear)}，相差 ${fmt(Math.abs(thisYear - lastYear))}`,
};

/** Content, 信息处理费 and text rules: where (the field as the wizard names it), what, what to do. */
export const contentMessages = {
  unitName: "基本信息：请填写机关名称（用于报告标题和落款）",
  publishedOn: "基本信息：请填写成文日期（印在报告末尾的落款日期）",
  publishedOnInvalid: (text: string) => `基本信息：成文日期“${text}”不是有效的日期，请按“2025-01-20”的形式填写`,
  publishedOnYear: (date: string, year: number) =>
    `基本信息：成文日期为 ${date}，而报告年度为 ${year} 年；成文日期一般在 ${year + 1} 年年初，请核对`,
  contact: (fields: string[]) => `基本信息·联系方式：请至少填写${fields.join("、")}中的一项（正式报告开头须写明联系方式）`,
  sectionEmpty: (section: string) => `${section}：尚未填写，正式报告必须包含这一部分`,
  partEmpty: (section: string, part: string) => `${section}：尚未写到“${part}”，请在对应小节中填写`,
  governmentPart: (section: string, part: string) => `${section}：各级人民政府必须报告“${part}”（没有的也应写明）`,
  tableEmpty: (table: string, heading: string) => `${table}（${heading}）：除总计外一个数字也没有填写；没有发生的事项请逐格填 0`,
};

export const feeMessages = {
  status: (section: string) => `${section}：请说明本年度是否收取信息处理费（“未收取”或收取的金额）`,
  amountBlank: (section: string) => `${section}：已收取信息处理费，请填写金额（元）`,
  amountBad: (section: string, text: string) => `${section}：信息处理费金额“${text}”不是有效的金额，请填写阿拉伯数字（元）`,
  amountNegative: (section: string, v: number) => `${section}：信息处理费金额不能为负数（现为 ${fmt(v)} 元）`,
  amountDecimals: (section: string, v: number) => `${section}：信息处理费金额以元为单位，最多保留 2 位小数（现为 ${v} 元）`,
};

export const textMessages = {
  numberMismatch: (field: string, quote: string, what: string, inTable: number) =>
    `${field}：“${quote}”与表格不一致，${what}为 ${inTable}，请核对`,
  staleYear: (field: string, quote: string, year: number) =>
    `${field}：“${quote}”的年份与报告年度 ${year} 年不符，可能是沿用了往年报告的文字，请核对`,
  carriedMarked: (field: string, mark: string) => `${field}：这段文字沿用了上年报告，尚未修改；请按本年度情况改写，并删去开头的“${mark}”`,
  carriedSame: (field: string, lastYear: number | null) =>
    `${field}：这段文字与${lastYear ? ` ${lastYear} 年度` : "上年"}报告完全相同，请按本年度情况改写`,
  repeated: (percent: number, fields: string[]) =>
    `正文有 ${percent}% 的文字与上年报告相同或几乎相同（${fields.slice(0, 3).join("、")}${fields.length > 3 ? " 等" : ""}），请按本年度情况改写；考核评估中内容雷同会被扣分`,
};

export const registerMessages = {
  differs: (d: CellDef, fromRegister: number, typed: number) =>
    `${cellName(d)}：该格来自登记台账 ${fmt(fromRegister)} 件，现填 ${fmt(typed)}，请核对，或确认以填写的数字为准`,
};
