// What a cell of 表三/表四 says about the register (issue #24): the count it was filled with, and whether the
// figure typed now differs from it (flagged until the two agree or the clerk keeps the typed one).
import type { RegisterRecord } from "@/lib/register/types";
import { parseCell } from "@/lib/values/parse";

export type CellRegisterState = {
  /** The register's count for this cell (0 when no case was counted there). */
  count: number;
  /** The typed figure is not the register's count, and the clerk has not confirmed keeping it. */
  differs: boolean;
  /** The typed figure differs and the clerk confirmed it (「以填写的数字为准」). */
  overridden: boolean;
};

export function typedDiffers(count: number, typed: unknown): boolean {
  const p = parseCell(typeof typed === "number" ? typed : String(typed ?? ""));
  if (p.kind === "blank") return count !== 0;
  return p.kind !== "number" || p.value !== count;
}

export function cellRegisterState(record: RegisterRecord | undefined | null, path: string, typed: unknown): CellRegisterState | null {
  if (!record?.counts) return null;
  const count = record.counts[path] ?? 0;
  const off = typedDiffers(count, typed);
  const kept = off && (record.confirmedOverrides ?? []).includes(path);
  return { count, differs: off && !kept, overridden: kept };
}

/** The words a screen reader hears with the cell, and the mark shows (「台账 12 件」). */
export function registerNote(state: CellRegisterState): string {
  const base = `来自台账 ${state.count} 件`;
  if (state.differs) return `${base}，与填写的数字不同`;
  if (state.overridden) return `${base}，已确认以填写的数字为准`;
  return base;
}
