// The draft as a data file, downloaded at once (the save status's and the no-storage warning's one click).
import { exportFileName } from "@/lib/draft";
import type { Report } from "@/lib/report/types";
import { downloadBlob } from "./docx-download";

export function exportDraft(report: Report): void {
  downloadBlob(new Blob([JSON.stringify(report, null, 2)], { type: "application/json" }), exportFileName(report, "json"));
}
