"use client";
// The register rows that could not be counted, each with its reason (never guessed, never dropped silently).
import type { UncountedRow } from "@/lib/register/types";

const SHOWN = 500;

/** The register core's reasons already begin with their row (「第 5 行：收到日期为空」); others get it here. */
const said = (r: UncountedRow) => (r.reason.startsWith(`第 ${r.rowNumber} 行`) ? r.reason : `第 ${r.rowNumber} 行：${r.reason}`);

export function UncountedList({ rows }: { rows: UncountedRow[] }) {
  if (rows.length === 0) return <p className="mt-2 text-green-900">台账中每一行都已计入。</p>;
  return (
    <details className="mt-2" data-testid="register-uncounted">
      <summary className="cursor-pointer text-amber-950">未能计入的行（{rows.length} 行）</summary>
      <ul className="mt-1 list-disc pl-6">
        {rows.slice(0, SHOWN).map((r) => (
          <li key={r.rowNumber}>{said(r)}</li>
        ))}
      </ul>
      {rows.length > SHOWN && <p>另有 {rows.length - SHOWN} 行未列出。</p>}
    </details>
  );
}
