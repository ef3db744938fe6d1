// What a cell of 表三/表四 says about the register (issue #24): the count it was filled with, and whether the rule
// register.differs (lib/rules, the one engine) flags the figure typed over it, or the clerk kept that figure.
import type { RegisterRecord } from "@/lib/register/types";
import type { Issue } from "@/lib/rules/types";

export const DIFFERS_RULE = "register.differs";

export type CellRegisterState = {
  /** The register's count for this cell (0 when no case was counted there). */
  count: number;
  /** register.differs stands on this cell: the typed figure is not the count and was not confirmed. */
  differs: boolean;
  /** The clerk confirmed keeping a typed figure here (「以填写的数字为准」). */
  overridden: boolean;
};

/** The cells register.differs flags, among the report's issues. */
export function differingCells(issues: readonly Issue[]): Set<string> {
  return new Set(issues.filter((i) => i.rule === DIFFERS_RULE).map((i) => i.cells[0]!));
}

export function cellRegisterState(record: RegisterRecord | undefined | null, path: string, differs: boolean): CellRegisterState | null {
  if (!record?.counts) return null;
  const overridden = !differs && (record.confirmedOverrides ?? []).includes(path);
  return { count: record.counts[path] ?? 0, differs, overridden };
}

/** The words a screen reader hears with the cell, and the mark shows (「台账 12 件」). */
export function registerNote(state: CellRegisterState): string {
  const base = `来自台账 ${state.count} 件`;
  if (state.differs) return `${base}，与填写的数字不同`;
  if (state.overridden) return `${base}，已确认以填写的数字为准`;
  return base;
}
