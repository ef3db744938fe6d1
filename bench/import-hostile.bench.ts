// Issue 15: the named hostile files, each imported alone in a child process (exact CPU time and peak memory
// above the process's own footprint). Before the budgets of lib/import/limits/limits.ts (commit 093a6b8):
//   1 MB zip bomb declaring 9 MB       7 797 ms CPU, 666 MB   (refused after reading everything)
//   .docx of 200 000 paragraphs        6 122 ms CPU, 739 MB
//   .docx of 100 000 table cells       3 937 ms CPU, 512 MB
//   50 000 nested w:sdt                  877 ms CPU, 166 MB   「导入失败：文档结构嵌套过深」 after building it all
//   100 PDF pages × 5 000 text items   5 954 ms CPU, 139 MB
//   web page of 100 000 table rows      895 ms CPU, 169 MB
//   5 000 000 nested JSON arrays       1 612 ms CPU, 497 MB
// Budget: each refused in Chinese under 1 s of CPU and 200 MB.
import { HOSTILE_CASES } from "../test-support/hostile/cases";
import { measureInChild } from "../test-support/hostile/measure";
import type { BenchRow } from "./measure";

export default async function bench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const c of HOSTILE_CASES.filter((k) => k.heavy)) {
    const m = await measureInChild(c);
    const said = m.ok ? "读取成功" : `拒绝：${(m.error ?? "").slice(0, 24)}…`;
    rows.push({ name: `${c.id}（${said}）CPU`, value: m.cpuMs, unit: "ms", budget: "< 1000 ms" });
    rows.push({ name: `${c.id} 峰值内存（高出进程本身）`, value: m.peakMb, unit: "MB", budget: "< 200 MB" });
  }
  return rows;
}
