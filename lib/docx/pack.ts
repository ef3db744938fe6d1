// Node: report → .docx bytes (the route and the CLI). The gate runs first; a refused render throws DocxRefused.
import { Packer } from "docx";
import type { Report } from "../report/types";
import { assertRenderable } from "./gate";
import type { RenderOptions } from "./options";
import { renderReport } from "./render-report";

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export async function renderDocxBuffer(report: Report, options: RenderOptions = {}): Promise<Buffer> {
  assertRenderable(report, options);
  return Packer.toBuffer(renderReport(report, options));
}

export { docxFileName } from "./file-name";
export { DocxRefused } from "./gate";
