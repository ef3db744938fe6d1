// The .docx is built in the browser by lib/docx (loaded only when asked for, so it is not part of
// any route's first-load JavaScript). Refusals carry the issues that block the final document.
import type { Report } from "@/lib/report/types";
import type { Issue } from "@/lib/rules/types";

export type DocxOutcome = { ok: true; blob: Blob } | { ok: false; refused: Issue[] } | { ok: false; unavailable: true };

export async function buildDocx(report: Report, draft: boolean): Promise<DocxOutcome> {
  let mod: { buildDocxBlob: (r: Report, o: { draft: boolean; fonts: "gb2312" }) => Promise<Blob> };
  try {
    mod = await import("@/lib/docx/browser");
  } catch {
    return { ok: false, unavailable: true };
  }
  try {
    return { ok: true, blob: await mod.buildDocxBlob(report, { draft, fonts: "gb2312" }) };
  } catch (e) {
    const issues = (e as { issues?: unknown })?.issues;
    if (Array.isArray(issues)) return { ok: false, refused: issues as Issue[] };
    return { ok: false, unavailable: true };
  }
}

export function downloadBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
