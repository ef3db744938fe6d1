// A small county for the 审核台 browser test and bench, written at test time: .docx reports rendered by
// lib/docx (valid ones and one with a 表三 error), a web page, a report in the obsolete 2019 format, and a
// corrupt file — in subfolders, as a county's folder arrives.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { renderDocxBuffer } from "../lib/docx/pack";
import { tableLayout } from "../lib/format/table-layout";
import type { Report } from "../lib/report/types";
import { getPath } from "../lib/values/object-path";
import { gov2021 } from "../templates/gov-2021";
import valid from "../templates/gov-2021/fixtures/valid-report.json";
import { cmsPage } from "../test-support/cms-page";

const root = path.resolve(import.meta.dirname, "..");

export function countyReport(unit: string, change?: (r: Report) => void): Report {
  const r = structuredClone(valid) as Report;
  r.unit.name = unit;
  change?.(r);
  return r;
}

/** Every value cell as the web page's editor shows it. */
function typedCells(report: Report): Map<string, string> {
  const typed = new Map<string, string>();
  for (const key of ["proactive", "requests", "appeals"] as const)
    for (const row of tableLayout(gov2021.tables[key]).rows)
      for (const c of row) if (c.path) typed.set(c.path, String(getPath(report, c.path) ?? ""));
  return typed;
}

export type County = { dir: string; files: string[]; units: { valid: string[]; withErrors: string; html: string; obsolete: string }; corrupt: string };

export async function writeCounty(dir: string): Promise<County> {
  mkdirSync(path.join(dir, "乡镇"), { recursive: true });
  mkdirSync(path.join(dir, "部门"), { recursive: true });
  const files: string[] = [];
  const put = (rel: string, bytes: Uint8Array | string) => {
    writeFileSync(path.join(dir, rel), bytes);
    files.push(rel);
  };
  const validUnits = ["示例县城关镇人民政府", "示例县官庄镇人民政府"];
  put("乡镇/城关镇.docx", await renderDocxBuffer(countyReport(validUnits[0]!)));
  put("乡镇/官庄镇.docx", await renderDocxBuffer(countyReport(validUnits[1]!)));
  const withErrors = "示例县河口镇人民政府";
  const broken = countyReport(withErrors, (r) => {
    const received = (r.tables.requests as Record<string, Record<string, number>>).received!;
    received.natural = received.natural! + 5; // 表三 一+二 ≠ （七）总计+四
    received.total = received.total! + 5;
  });
  put("乡镇/河口镇.docx", await renderDocxBuffer(broken, { draft: true }));
  const html = "示例县教育局";
  const page = countyReport(html, (r) => void (r.unit.kind = "county-department"));
  put("部门/县教育局.html", cmsPage(page, typedCells(page)));
  put("乡镇/大黑镇（旧格式）.txt", readFileSync(path.join(root, "templates/gov-2021/fixtures/seeds/004.txt")));
  const corrupt = "部门/损坏的文件.docx";
  put(corrupt, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9]));
  return { dir, files, units: { valid: validUnits, withErrors, html, obsolete: "大黑镇" }, corrupt };
}

/** `n` valid .docx reports (the bench's county). */
export async function writeManyDocx(dir: string, n: number): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const file = path.join(dir, `第${i + 1}镇.docx`);
    writeFileSync(file, await renderDocxBuffer(countyReport(`示例县第${i + 1}镇人民政府`)));
    out.push(file);
  }
  return out;
}
