// npm run bench: runs every bench/*.bench.ts and prints its figures (timings are never asserted in tests).
// Optional filter: npm run bench -- docx
import { readdirSync } from "node:fs";
import path from "node:path";
import type { BenchRow } from "./measure";

const filter = process.argv[2];
const dir = import.meta.dirname;
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts") && (!filter || f.includes(filter)))
  .sort();

for (const f of files) {
  const mod = (await import(path.join(dir, f))) as { default: () => Promise<BenchRow[]> };
  console.log(`\n## ${f}`);
  try {
    for (const r of await mod.default()) {
      console.log(`  ${r.name}: ${r.value} ${r.unit}${r.budget ? `（预算 ${r.budget}）` : ""}`);
    }
  } catch (e) {
    console.log(`  未能运行：${e instanceof Error ? e.message : String(e)}`);
  }
}
