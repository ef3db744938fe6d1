// Runs one file through importFile() in a fresh process and prints what it cost: CPU time and the peak
// resident memory above what the process held before (process.resourceUsage().maxRSS is exact for a
// process of its own). Used by bench/import-hostile.bench.ts and lib/import/limits/limits/hostile-heavy.test.ts.
// Usage: node --import tsx test-support/hostile/measure-child.ts <file> <name>
import { readFileSync } from "node:fs";
import { importFile } from "../../lib/import/build/import-file";
import { readPdfNode } from "../../lib/import/readers/pdf/read-pdf-node";

const [file, name] = process.argv.slice(2);
const bytes = new Uint8Array(readFileSync(file!));
await importFile("warm.txt", new TextEncoder().encode("一、总体情况"), readPdfNode); // load the modules first
if (name!.endsWith(".pdf")) await importFile("warm.pdf", new TextEncoder().encode("%PDF-1.4"), readPdfNode);
const before = process.memoryUsage().rss;
const peakBefore = process.resourceUsage().maxRSS * 1024;
const cpu = process.cpuUsage();
const t0 = performance.now();
const result = await importFile(name!, bytes, readPdfNode);
const used = process.cpuUsage(cpu);
const peak = process.resourceUsage().maxRSS * 1024;
process.stdout.write(
  JSON.stringify({
    cpuMs: Math.round((used.user + used.system) / 1000),
    wallMs: Math.round(performance.now() - t0),
    peakMb: Math.round((Math.max(peak, peakBefore) - before) / 1048576),
    ok: result.ok,
    error: result.ok ? null : result.error,
  }),
);
