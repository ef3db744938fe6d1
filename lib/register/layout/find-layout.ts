// Where the table sits (#24): title rows above (one text merged across), then a header of one line, or of two
// when a group header is merged above its sub-headers (申请人情况 over 姓名 | 类型). The header is the row among
// the first 30 where most cells name a column this kind of register has; the line above or below joins it when
// that explains more columns. Headers of two lines read 「申请人情况·类型」.
import { layoutMessages } from "../messages";
import { matchHeader } from "../mapping/match-header";
import type { RegisterKind, RegisterLayout, RegisterMapping, RegisterSheet } from "../types";

const SCAN = 30;
const KIND_ROLES = new Set(["applicantType", "received", "answered", "outcome", "reason", "withdrawn", "caseType", "filed", "closed", "result"]);
const DATE_LIKE = /^\d{4}[-/.年]\d{1,2}|^\d{8}$/;

type Row = RegisterSheet["rows"][number];

function combine(top: string[], bottom: string[]): string[] {
  const width = Math.max(top.length, bottom.length);
  let group = "";
  return Array.from({ length: width }, (_, i) => {
    const a = top[i] ?? "";
    const b = bottom[i] ?? "";
    // In a CSV a merged group header stands only over its first column: carry it right while the line below goes on.
    if (a) group = a;
    else if (b && group) return `${group}·${b}`;
    if (!a || a === b) return b || a;
    if (!b) return a;
    return `${a}·${b}`;
  });
}

function score(kind: RegisterKind, headers: string[], remembered?: RegisterMapping): { kind: number; all: number } {
  const known = new Set(remembered?.columns.map((c) => c.header));
  let own = 0;
  let all = 0;
  for (const h of headers) {
    if (!h) continue;
    if (known.has(h)) {
      own++;
      all++;
      continue;
    }
    const m = matchHeader(kind, h);
    if (m.known) all++;
    if (KIND_ROLES.has(m.role)) own++;
  }
  return { kind: own, all };
}

function isTitle(row: Row | undefined): boolean {
  return !row || new Set(row.cells.filter(Boolean)).size <= 1;
}

export type FoundLayout = { layout: RegisterLayout; score: number };

export function findLayout(sheet: RegisterSheet, kind: RegisterKind, remembered?: RegisterMapping): FoundLayout | null {
  const rows = sheet.rows.slice(0, SCAN);
  let best: { i: number; s: { kind: number; all: number } } | null = null;
  rows.forEach((row, i) => {
    const s = score(kind, row.cells, remembered);
    if (s.kind >= 2 && (!best || s.kind > best.s.kind || (s.kind === best.s.kind && s.all > best.s.all))) best = { i, s };
  });
  if (!best) return null;
  const { i, s } = best as { i: number; s: { kind: number; all: number } };
  const row = rows[i]!;
  const candidates: { top: Row; bottom: Row }[] = [];
  const above = rows[i - 1];
  const below = rows[i + 1];
  if (above && !isTitle(above)) candidates.push({ top: above, bottom: row });
  if (below && !isTitle(below) && !below.cells.some((c) => DATE_LIKE.test(c))) candidates.push({ top: row, bottom: below });
  for (const { top, bottom } of candidates) {
    const headers = combine(top.cells, bottom.cells);
    const two = score(kind, headers, remembered);
    const topScore = score(kind, top === row ? bottom.cells : top.cells, remembered);
    if (topScore.all >= 1 && (two.kind > s.kind || (two.kind === s.kind && two.all >= s.all))) {
      return { layout: { sheet: sheet.name, headerRows: [top.rowNumber, bottom.rowNumber], firstDataRow: bottom.rowNumber + 1, headers }, score: two.kind };
    }
  }
  return { layout: { sheet: sheet.name, headerRows: [row.rowNumber], firstDataRow: row.rowNumber + 1, headers: [...row.cells] }, score: s.kind };
}

/** The sheet whose header explains most columns of this kind (a workbook may hold both registers). */
export function pickLayout(sheets: RegisterSheet[], kind: RegisterKind, remembered?: RegisterMapping): RegisterLayout {
  let best: FoundLayout | null = null;
  for (const sheet of sheets) {
    const found = findLayout(sheet, kind, remembered);
    if (found && (!best || found.score > best.score)) best = found;
  }
  if (!best) throw new Error(layoutMessages.noHeader);
  return best.layout;
}
