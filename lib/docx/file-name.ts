// The name a downloaded report gets: the title, 「（草稿）」 for drafts, without characters file systems refuse.
import type { Report } from "../report/types";
import { cleanText } from "./sanitize";
import { reportTitle } from "./sections";

export function docxFileName(report: Report, draft = false): string {
  const safe = cleanText(reportTitle(report)).replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_").slice(0, 120);
  return `${safe}${draft ? "（草稿）" : ""}.docx`;
}
