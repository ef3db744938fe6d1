// Budgets: the tables' rules (the wizard's balance line, on every pause in typing) ≤ 20 µs per report
// (issue: foundation); the whole engine with the prose rules is measured beside it.
import valid from "../templates/gov-2021/fixtures/valid-report.json";
import { gov2021 } from "../templates/gov-2021";
import { evaluate } from "../lib/rules/evaluate";
import { tableIssues } from "../lib/rules/table-rules";
import { microsPerCall, round, type BenchRow } from "./measure";

function variants(n: number): unknown[] {
  // Distinct, consistent reports (different numbers in 表三), a third typed as text as imports store them.
  return Array.from({ length: n }, (_, i) => {
    const r = structuredClone(valid) as Record<string, any>;
    const q = r.tables.requests;
    const k = i % 50;
    const changed = ["granted", "outcomeTotal", "received"].flatMap((row) => ["natural", "total"].map((col) => [row, col] as const));
    for (const [row, col] of changed) {
      q[row][col] += k;
      if (i % 3 === 0) q[row][col] = String(q[row][col]);
    }
    if (i % 7 === 0) r.tables.proactive.licensing.decisions = "５７";
    return r;
  });
}

export default async function bench(): Promise<BenchRow[]> {
  const tables = microsPerCall(() => tableIssues(valid, gov2021), 2000, 25);
  const perReport = microsPerCall(() => evaluate(valid), 2000, 25);
  const many = variants(10_000);
  evaluate(many[0] as never);
  const t0 = performance.now();
  let issues = 0;
  for (const r of many) issues += evaluate(r as never).length;
  const totalMs = performance.now() - t0;
  return [
    { name: "表格规则 tableIssues()，每份中位数", value: round(tables), unit: "µs", budget: "≤ 20 µs" },
    { name: "全部规则 evaluate()（含正文规则），每份中位数", value: round(perReport), unit: "µs" },
    { name: "全部规则检查 10 000 份报告，总耗时", value: round(totalMs), unit: "ms" },
    { name: "全部规则检查 10 000 份报告，每份平均", value: round((totalMs * 1000) / many.length), unit: "µs" },
    { name: "（10 000 份报告中发现的问题数）", value: issues, unit: "条" },
  ];
}
