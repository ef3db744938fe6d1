// What a paste did, in one Chinese sentence for the clerk: how many cells were filled and everything
// that was left out (never silently).
import type { PastePlan } from "./paste";

const quoteList = (names: string[]) =>
  names.slice(0, 3).map((n) => `“${n.length > 16 ? `${n.slice(0, 16)}…` : n}”`).join("、") + (names.length > 3 ? ` 等 ${names.length} 行` : "");

export function pasteSummary(plan: PastePlan): { text: string; skipped: boolean } {
  const said: string[] = [];
  if (plan.headerRows) said.push(`跳过表头 ${plan.headerRows} 行`);
  if (plan.steppedOverTotals) said.push("粘贴内容不含总计行或总计列，已跳过这些自动计算的格子");
  if (plan.totalsSkipped) said.push(`${plan.totalsSkipped} 个总计数字未使用（总计自动计算）`);
  if (plan.totalsDisagree.length) said.push(`粘贴的总计与该行各项之和不符，请核对原表：${plan.totalsDisagree.join("；")}`);
  if (plan.unknownRows.length) said.push(`本表没有的行未粘贴：${quoteList(plan.unknownRows)}`);
  if (plan.outside) said.push(`${plan.outside} 格超出表格范围，未粘贴`);
  const head = plan.writes.length ? `已粘贴 ${plan.writes.length} 格${plan.byLabel ? "（按行名对应）" : ""}` : "没有粘贴任何格子";
  const skipped = plan.unknownRows.length > 0 || plan.outside > 0 || plan.writes.length === 0 || plan.totalsDisagree.length > 0;
  return { text: said.length ? `${head}；${said.join("；")}。` : `${head}。`, skipped };
}
