// 台账 (#24): a register of 10 000 rows (.xlsx, a two-line merged header, mixed date forms, free text) read,
// mapped and counted in Node. The budget (≤ 1 s in the browser, the page never blocked over 200 ms) is measured
// by the wizard's browser bench; these are the same lib/register steps, split by stage.
import { proposeMapping, readRegisterFile, tallyRegister } from "../lib/register";
import { generateRegister } from "../test-support/registers/generate";
import { median, round, type BenchRow } from "./measure";

const ROWS = 10_000;

async function once(bytes: Uint8Array, name: string) {
  const t0 = performance.now();
  const sheets = await readRegisterFile(bytes, name);
  const t1 = performance.now();
  const p = proposeMapping(sheets, "requests");
  const t2 = performance.now();
  const t = tallyRegister(sheets.find((s) => s.name === p.layout.sheet)!, p.layout, p.mapping, 2024);
  const t3 = performance.now();
  return { read: t1 - t0, propose: t2 - t1, tally: t3 - t2, total: t3 - t0, rows: t.rowsSeen };
}

export default async function bench(): Promise<BenchRow[]> {
  const g = await generateRegister({ seed: 10, kind: "requests", form: "xlsx", cases: ROWS });
  const csv = await generateRegister({ seed: 10, kind: "requests", form: "csv-gbk", cases: ROWS });
  await once(g.bytes, g.fileName); // warm up
  const runs: Awaited<ReturnType<typeof once>>[] = [];
  for (let i = 0; i < 5; i++) runs.push(await once(g.bytes, g.fileName));
  const csvRuns: Awaited<ReturnType<typeof once>>[] = [];
  for (let i = 0; i < 5; i++) csvRuns.push(await once(csv.bytes, csv.fileName));
  const m = (k: "read" | "propose" | "tally" | "total", list = runs) => round(median(list.map((r) => r[k])), 1);
  return [
    { name: `.xlsx 台账 ${runs[0]!.rows} 行（${round(g.bytes.length / 1024, 0)} kB）：读取 readRegisterFile`, value: m("read"), unit: "ms" },
    { name: "同上：对应 proposeMapping", value: m("propose"), unit: "ms" },
    { name: "同上：计数 tallyRegister", value: m("tally"), unit: "ms" },
    { name: "同上：合计（Node，中位数）", value: m("total"), unit: "ms", budget: "浏览器中 ≤ 1 s" },
    { name: `GBK .csv 台账 ${csvRuns[0]!.rows} 行：读取 + 对应 + 计数（Node，中位数）`, value: m("total", csvRuns), unit: "ms" },
  ];
}
