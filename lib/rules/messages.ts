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

  inForceBound: (d: { inForce: CellDef; issued: CellDef; repealed: CellDef }, inForce: number, issued: number, repealed: number) =>
    `${d.inForce.tableName}·${d.inForce.rowName}：${d.inForce.colName} ${fmt(inForce)} 小于 ${d.issued.colName} ${fmt(issued)} − ${d.repealed.colName} ${fmt(repealed)} = ${fmt(issued - repealed)}，请核对`,
  rulesNotAllowed: (row: CellDef, unitKind: string, filled: string, insteadRow: string) =>
    `${row.tableName}·${row.rowName}：${unitKind}无权制定${row.rowName}，${row.rowName}一行通常应为 0（现填 ${filled}）；本单位制发的文件请填在“${insteadRow}”一行`,
  feeUnit: (d: CellDef, amount: number, limit: number) =>
    `${d.tableName}·${d.rowName}：${d.colName} ${fmt(amount)} 万元（即 ${fmt(amount * 10000)} 元），超过 ${fmt(limit)} 万元，请确认是否把“元”误填为“万元”`,
  carryOver: (scope: string, thisYear: number, lastYear: number) =>
    `表三·${scope}：二、上年结转 = ${fmt(thisYear)}，上年报告 四、结转下年度继续办理 = ${fmt(lastYear)}，相差 ${fmt(Math.abs(thisYear - lastYear))}`,
};
