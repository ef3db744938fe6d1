// The county of test-support/generated-county.ts on disk, as a county's folder arrives (subfolders), for the
// 审核台 browser test; and many .docx reports for its bench.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { renderDocxBuffer } from "../lib/docx/pack";
import { withoutEmbeddedData } from "../test-support/docx-packages";
import type { ReviewFile } from "../lib/review/types";
import { unitReport, units } from "../test-support/generated-county";

export function writeFiles(dir: string, files: ReviewFile[]): string {
  for (const f of files) {
    const file = path.join(dir, f.name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, f.bytes);
  }
  return dir;
}

/**
 * `n` valid .docx reports, one unit each (the generated county's units, numbered on past its 57); `foreign`
 * drops the data 年报助手 embeds, so each is read from its text and tables like another program's document.
 */
export async function writeManyDocx(dir: string, n: number, foreign = false): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const base = units();
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const u = base[i % base.length]!;
    const unit = i < base.length ? u : { ...u, n: i + 1, name: `${u.name.replace(/人民政府$|办事处$/, "")}第${i + 1}单位` };
    const file = path.join(dir, `${String(i + 1).padStart(3, "0")}.docx`);
    const bytes = new Uint8Array(await renderDocxBuffer(unitReport(unit)));
    writeFileSync(file, foreign ? withoutEmbeddedData(bytes) : bytes);
    out.push(file);
  }
  return out;
}
