// Spreadsheet movement between value cells: arrows, Enter (down), Tab (right, wrapping to the next
// row). Computed totals are read-only and are skipped. Returns null at the edge of the table.
import { locate, type Position, type ValueMatrix } from "./value-matrix";

export type NavKey = "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight" | "Enter" | "ShiftEnter" | "Tab" | "ShiftTab";

const editable = (m: ValueMatrix, p: Position) => {
  const cell = m[p.row]?.[p.col];
  return cell && !cell.total ? cell.path : null;
};

function vertical(m: ValueMatrix, from: Position, step: 1 | -1): string | null {
  for (let row = from.row + step; row >= 0 && row < m.length; row += step) {
    const col = Math.min(from.col, m[row]!.length - 1);
    const path = editable(m, { row, col });
    if (path) return path;
  }
  return null;
}

function horizontal(m: ValueMatrix, from: Position, step: 1 | -1, wrap: boolean): string | null {
  let { row, col } = from;
  for (;;) {
    col += step;
    if (col < 0 || col >= m[row]!.length) {
      if (!wrap) return null;
      row += step;
      if (row < 0 || row >= m.length) return null;
      col = step > 0 ? 0 : m[row]!.length - 1;
    }
    const path = editable(m, { row, col });
    if (path) return path;
  }
}

export function nextCell(matrix: ValueMatrix, path: string, key: NavKey): string | null {
  const at = locate(matrix, path);
  if (!at) return null;
  switch (key) {
    case "ArrowUp":
    case "ShiftEnter":
      return vertical(matrix, at, -1);
    case "ArrowDown":
    case "Enter":
      return vertical(matrix, at, 1);
    case "ArrowLeft":
      return horizontal(matrix, at, -1, false);
    case "ArrowRight":
      return horizontal(matrix, at, 1, false);
    case "Tab":
      return horizontal(matrix, at, 1, true);
    case "ShiftTab":
      return horizontal(matrix, at, -1, true);
  }
}
