// The preamble's contact sentence and multi-line titles through the real renderer and back: report → .docx →
// importReport, and report → .docx → LibreOffice PDF → pdftotext -layout → importReport. The sentence becomes
// report.contact again and the preamble comes back as it was (lib/report/contact-sentence.ts).
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { Packer } from "docx";
import { describe, expect, it } from "vitest";
import valid from "../../../../templates/gov-2021/fixtures/valid-report.json";
import { renderReport } from "../../../docx/render-report";
import { convertToPdf, tempDir, writeTemp } from "../../../../test-support/docx-utils";
import type { Report } from "../../../report/types";
import { importReport } from "../../build/import-report";

const fixture = valid as unknown as Report;
const none: Report["contact"] = { department: "", address: "", postcode: "", phone: "", email: "", website: "" };

function variant(name: string, contact: Partial<Report["contact"]>, preamble = fixture.preamble): Report {
  return { ...structuredClone(fixture), unit: { ...fixture.unit, name }, contact: { ...none, ...contact }, preamble };
}

const CASES: Report[] = [
  variant("示例县城关镇人民政府", fixture.contact),
  variant("港口乡", { address: "港口乡人民路8号（便民服务中心）", phone: "0000-7654321", email: "gk@example.gov.cn", website: "http://www.example.gov.cn/gk" }),
  variant("黑龙江省哈尔滨市道里区人民政府新阳路街道办事处", { department: "党政综合办公室", postcode: "150000" }, "第一段。\n第二段，统计期限自2024年1月1日起至2024年12月31日止。"),
  variant("某镇", {}),
];

const docx = async (r: Report) => new Uint8Array(await Packer.toBuffer(renderReport(r)));

describe("contact sentence and title round trip", () => {
  it("report → .docx → import: contact, preamble and unit name come back", async () => {
    for (const r of CASES) {
      const result = importReport({ name: "r.docx", bytes: await docx(r) });
      if (!result.ok) throw new Error(result.error);
      expect({ unit: result.report.unit.name, contact: result.report.contact, preamble: result.report.preamble }).toEqual({
        unit: r.unit.name,
        contact: r.contact,
        preamble: r.preamble,
      });
    }
  });

  const tools = spawnSync("soffice", ["--version"]).status === 0 && spawnSync("pdftotext", ["-v"]).status === 0;
  it.skipIf(!tools)("report → .docx → LibreOffice PDF → text → import: the contact and unit name come back", async () => {
    const dir = tempDir("nianbao-contact-");
    const files: string[] = [];
    for (const [i, r] of CASES.entries()) files.push(writeTemp(dir, `c${i}.docx`, await docx(r)));
    convertToPdf(files, dir);
    CASES.forEach((r, i) => {
      const txt = path.join(dir, `c${i}.txt`);
      execFileSync("pdftotext", ["-layout", path.join(dir, `c${i}.pdf`), txt]);
      const result = importReport({ text: readFileSync(txt, "utf8") });
      if (!result.ok) throw new Error(result.error);
      expect({ i, unit: result.report.unit.name, contact: result.report.contact }).toEqual({ i, unit: r.unit.name, contact: r.contact });
      expect(result.report.preamble).not.toContain("如对本报告有疑问");
    });
  }, 240_000);
});
