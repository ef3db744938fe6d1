// A mapping remembered from last year (issue #24): the same unit's draft for the year before, if this browser
// keeps one and it was filled from a register. Cheap — one list of drafts, then at most a few reads — and
// never in the way: any storage failure just means nothing is remembered.
import type { RegisterKind, RegisterMapping } from "@/lib/register/types";

export type Remembered = { mapping: RegisterMapping; from: "draft" | "last-year" };

export async function lastYearMapping(kind: RegisterKind, unitName: string, year: number, selfId: string): Promise<RegisterMapping | undefined> {
  if (!unitName.trim()) return undefined;
  try {
    const { listDrafts, loadDraft } = await import("@/lib/draft");
    const prior = (await listDrafts())
      .filter((d) => d.id !== selfId && !d.error && d.unitName === unitName && d.year === year - 1)
      .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    for (const d of prior) {
      const mapping = (await loadDraft(d.id))?.register?.[kind]?.mapping;
      if (mapping?.kind === kind) return mapping;
    }
  } catch {
    /* storage unavailable: nothing remembered */
  }
  return undefined;
}
