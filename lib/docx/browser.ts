// Browser entry, loaded on demand (await import("@/lib/docx/browser")) from 检查与预览: the report becomes a
// .docx Blob on the clerk's PC, nothing is uploaded. Refuses a final file while errors remain (DocxRefused).
// The file carries the report's data (embedded-data.ts), so it re-imports exactly.
import { Packer } from "docx";
import type { Report } from "../report/types";
import type { FontProfileName } from "./font-profiles";
import { embedReportData } from "./embedded-data";
import { assertRenderable } from "./gate";
import { renderReport } from "./render-report";

export { DocxRefused } from "./gate";
export { docxFileName } from "./file-name";
export type { FontProfileName } from "./font-profiles";

export async function buildDocxBlob(
  report: Report,
  { draft = false, fonts = "gb2312" }: { draft?: boolean; fonts?: FontProfileName } = {},
): Promise<Blob> {
  assertRenderable(report, { draft });
  const bytes = embedReportData(new Uint8Array(await Packer.toArrayBuffer(renderReport(report, { draft, fonts }))), report);
  return new Blob([bytes], { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" });
}
