// The standard register: drop-down lists of the format's categories (on a hidden sheet), validated dates, and
// a round trip — filled with every category, it reads back through readRegisterFile + proposeMapping with every
// column and every value recognised for sure, each value under the category it was picked as.
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { categoryOptions } from "../mapping/categories";
import { proposeMapping } from "../mapping/propose-mapping";
import { readRegisterFile } from "../read/read-register-file";
import { tallyRegister } from "../tally/tally-register";
import type { RegisterKind, ValueField } from "../types";
import { registerTemplate, TEMPLATE_COLUMNS } from "./register-template";

async function filled(kind: RegisterKind): Promise<{ bytes: Uint8Array; picked: Record<string, string> }> {
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  const blank = await registerTemplate(kind);
  await wb.xlsx.load(blank.buffer.slice(blank.byteOffset, blank.byteOffset + blank.byteLength) as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const columns = TEMPLATE_COLUMNS[kind];
  const lists = columns.flatMap((c, i) => (c.list ? [{ i, field: c.list }] : []));
  const longest = Math.max(...lists.map((l) => categoryOptions(l.field).length));
  const picked: Record<string, string> = {};
  for (let k = 0; k < longest; k++) {
    const row = ws.getRow(3 + k);
    columns.forEach((c, i) => {
      if (c.date) row.getCell(i + 1).value = new Date(Date.UTC(2024, 0, 2 + k + (c.role === "answered" || c.role === "closed" ? 1 : 0)));
      if (c.role === "private") row.getCell(i + 1).value = `申请人${k}`;
    });
    for (const { i, field } of lists) {
      const options = categoryOptions(field);
      const o = options[k % options.length]!;
      row.getCell(i + 1).value = o.label;
      picked[`${field}:${o.label}`] = o.key;
    }
  }
  return { bytes: new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), picked };
}

describe.each(["requests", "appeals"] as const)("the %s template", (kind) => {
  it("has drop-down lists from the format on a hidden sheet and validated dates", async () => {
    const files = unzipSync(await registerTemplate(kind));
    const sheet = strFromU8(files["xl/worksheets/sheet1.xml"]!);
    expect(sheet.match(/<dataValidation [^>]*type="list"/g)).toHaveLength(2);
    expect(sheet.match(/<dataValidation [^>]*type="date"/g)).toHaveLength(2);
    expect(sheet).toContain("&apos;选项&apos;!$A$2");
    expect(strFromU8(files["xl/workbook.xml"]!)).toMatch(/name="选项"[^>]*state="hidden"/);
  });

  it("reads back with every column and value sure, each value under the category picked", async () => {
    const { bytes, picked } = await filled(kind);
    const sheets = await readRegisterFile(bytes, "标准台账.xlsx");
    const p = proposeMapping(sheets, kind);
    expect(p.columns.every((c) => c.sure), JSON.stringify(p.columns)).toBe(true);
    expect(p.columns.map((c) => c.role)).toEqual(TEMPLATE_COLUMNS[kind].map((c) => c.role));
    const seen = Object.entries(p.values).flatMap(([field, choices]) => choices!.map((c) => [`${field as ValueField}:${c.value}`, c.category, c.sure]));
    expect(seen.every(([, , sure]) => sure)).toBe(true);
    expect(Object.fromEntries(seen.map(([k, cat]) => [k, cat]))).toEqual(picked);
    const t = tallyRegister(sheets[0]!, p.layout, p.mapping, 2024);
    expect(t.rowsSeen).toBe(Math.max(...Object.values(p.values).map((v) => v!.length)));
    expect(JSON.stringify({ p, t })).not.toContain("申请人0");
  });
});
