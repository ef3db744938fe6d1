// The name a downloaded report gets: the title, 「（草稿）」 for drafts, without characters file systems refuse.
import type { Report } from "../report/types";
import { cleanLine } from "./sanitize";
import { reportTitle } from "./title-lines";

export function docxFileName(report: Report, draft = false): string {
  const title = reportTitle({ unit: { name: cleanLine(report.unit.name) }, year: report.year });
  const safe = title.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_").slice(0, 120);
  return `${safe}${draft ? "（草稿）" : ""}.docx`;
}
