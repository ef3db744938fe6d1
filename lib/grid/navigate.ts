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

/** What the editor knows when a key goes down: the key, Shift, and its text and selection. */
export type KeyInCell = { key: string; shiftKey: boolean; selectionStart: number | null; selectionEnd: number | null; length: number };

/**
 * The move a key asks for, or null when it belongs to the text. Up, Down, Enter and Tab always move;
 * Left/Right move only from that edge of the text or when all of it is selected (as it is when a
 * cell is entered), so a clerk correcting one digit keeps the caret.
 */
export function navKey({ key, shiftKey, selectionStart: from, selectionEnd: to, length }: KeyInCell): NavKey | null {
  const all = from === 0 && to === length;
  switch (key) {
    case "ArrowUp":
    case "ArrowDown":
      return key;
    case "ArrowLeft":
      return all || (from === 0 && to === 0) ? key : null;
    case "ArrowRight":
      return all || (from === length && to === length) ? key : null;
    case "Enter":
      return shiftKey ? "ShiftEnter" : "Enter";
    case "Tab":
      return shiftKey ? "ShiftTab" : "Tab";
    default:
      return null;
  }
}
