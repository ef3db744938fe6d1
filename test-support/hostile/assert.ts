// What every door must do with a hostile file (issue 15): answer in Chinese, within a CPU and memory budget,
// and produce only valid .docx files.
import { DOMParser } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";
import { expect } from "vitest";

/**
 * Budgets per case and door. CPU time (process.cpuUsage) rather than wall time, so a loaded 2-core machine
 * does not make it flake; before issue 15 the named cases took 2–8 s of CPU and 170–740 MB (bench
 * import-hostile), so these catch every one of them, while the slowest bounded case takes ≈ 0.4 s.
 */
export const CPU_BUDGET_MS = 1000;
export const MEMORY_BUDGET_MB = 200;

const CJK = /[\u4e00-\u9fff]/;
/** Text of an engine, library or Node that must never reach a clerk. */
const ENGLISH_ERROR = /\b(?:Error|TypeError|RangeError|SyntaxError|Maximum call stack|undefined|null is not|Cannot read|is not a function|ENOENT|EACCES|EISDIR|at [\w.<>]+ \(|Unexpected token|Invalid|exception|NaN|Infinity)\b/;

export function expectChinese(message: string, where: string): void {
  expect(message, `${where}: a Chinese sentence`).toMatch(CJK);
  expect(message, `${where}: no English error text`).not.toMatch(ENGLISH_ERROR);
  expect(message, `${where}: no raw 「Error:」`).not.toMatch(/Error:/i);
}

export type Cost = { cpuMs: number; memoryMb: number };

/**
 * Starts measuring. Memory: the process's peak resident size (maxRSS) above what it held when measuring
 * began, when that peak moved during the case; otherwise the resident size after it. A peak that stays
 * below an earlier one cannot be seen from inside: the heaviest cases are measured alone in a child
 * process too (hostile-heavy.test.ts), where the peak is exact.
 */
export function meter(): () => Cost {
  global.gc?.();
  const rss = process.memoryUsage().rss;
  const peak = process.resourceUsage().maxRSS * 1024;
  const cpu = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(cpu);
    const peakAfter = process.resourceUsage().maxRSS * 1024;
    const top = peakAfter > peak ? peakAfter : process.memoryUsage().rss;
    return { cpuMs: (used.user + used.system) / 1000, memoryMb: Math.max(0, top - rss) / 1048576 };
  };
}

/**
 * `work` measured (meter()); when over the CPU budget, run once more and keep the lesser cost. CPU time only ever
 * gains from what else the machine runs — other test files, a sibling hyperthread, the collector — so the lesser
 * of two runs is nearer the input's own cost, while a pathological input is over in both.
 */
export async function measured<T>(work: () => Promise<T>): Promise<{ value: T; cost: Cost }> {
  let stop = meter();
  const value = await work();
  const cost = stop();
  if (cost.cpuMs < CPU_BUDGET_MS) return { value, cost };
  stop = meter();
  const again = await work();
  const second = stop();
  return second.cpuMs < cost.cpuMs ? { value: again, cost: { cpuMs: second.cpuMs, memoryMb: Math.max(cost.memoryMb, second.memoryMb) } } : { value, cost };
}

export function expectWithinBudget(cost: Cost, where: string): void {
  expect(cost.cpuMs, `${where}: CPU ms`).toBeLessThan(CPU_BUDGET_MS);
  expect(cost.memoryMb, `${where}: MB`).toBeLessThan(MEMORY_BUDGET_MB);
}

/** A produced .docx unzips, its document.xml is well-formed XML, and no markup from the input got into it. */
export function expectValidDocx(bytes: Uint8Array, where: string): string {
  const files = unzipSync(bytes);
  const xml = files["word/document.xml"];
  expect(xml, `${where}: word/document.xml`).toBeDefined();
  const text = strFromU8(xml!);
  const errors: string[] = [];
  new DOMParser({ onError: (level, msg) => void (level !== "warning" && errors.push(msg)) }).parseFromString(text, "text/xml");
  expect(errors, `${where}: well-formed document.xml`).toEqual([]);
  expect(text, `${where}: no markup from the input`).not.toMatch(/<script|<img|<w:t>注入/);
  return text;
}
