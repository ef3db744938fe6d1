// Node: report → .docx bytes (the route and the CLI). The gate runs first; a refused render throws DocxRefused.
// The file carries the report's data (embedded-data.ts), so it re-imports exactly.
import { Packer } from "docx";
import type { Report } from "../report/types";
import { embedReportData } from "./embedded-data";
import { assertRenderable } from "./gate";
import type { RenderOptions } from "./options";
import { renderReport } from "./render-report";

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export async function renderDocxBuffer(report: Report, options: RenderOptions = {}): Promise<Buffer> {
  assertRenderable(report, options);
  const bytes = embedReportData(new Uint8Array(await Packer.toArrayBuffer(renderReport(report, options))), report);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export { docxFileName } from "./file-name";
export { DocxRefused } from "./gate";
