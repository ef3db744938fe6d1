// Cell streams → table rows. A run of label cells names a row (match-label.ts); the value cells
// that follow, up to the next label, are that row's values. Word tables arrive row by row; pasted
// text arrives as one stream in which empty cells of merged labels mix with the values.
import { parseCell } from "../../values/parse";
import { HAS_CJK } from "../normalise";
import { matchRun, matchRunText } from "./match-label";
import type { RowSpec, Specs } from "./row-specs";

/** `label`: the label text the row was matched by (a near miss is named in a note). */
export type RowCells = { spec: RowSpec; cells: string[]; read: number; label?: string };

const isBlank = (t: string) => parseCell(t).kind === "blank";
const isLabel = (t: string) => HAS_CJK.test(t) && parseCell(t).kind === "invalid";

/** Trailing, then leading blanks beyond the row's width are empty label cells, not values. */
export function fit(values: string[], width: number): string[] {
  const v = [...values];
  while (v.length > width && isBlank(v[v.length - 1]!)) v.pop();
  while (v.length > width && isBlank(v[0]!)) v.shift();
  return v;
}

function quality(r: RowCells): number {
  const width = r.spec.cols.length;
  const filled = r.cells.filter((c) => !isBlank(c)).length;
  return Math.min(r.read, width) * 2 + filled - Math.max(0, r.read - width);
}

/** The row the first labels of a run name (a label may be broken over up to four cells), if not the last's. */
function firstRow(run: string[], specs: Specs): RowSpec | null {
  for (let k = 1; k < Math.min(5, run.length); k++) {
    const spec = matchRun(run.slice(0, k), specs);
    if (spec) return spec;
  }
  return null;
}

export function assemble(rows: string[][], specs: Specs): Map<string, RowCells> {
  const found = new Map<string, RowCells>();
  let label = "";
  const keep = (spec: RowSpec | null, values: string[], text = label) => {
    if (!spec || values.length === 0) return;
    const cells = fit(values, spec.cols.length);
    const next: RowCells = { spec, cells, read: cells.length, label: text };
    const key = `${spec.table}:${spec.id}`;
    const prev = found.get(key);
    if (!prev || quality(next) > quality(prev)) found.set(key, next);
  };
  let run: string[] = [];
  let target: RowSpec | null = null;
  let values: string[] = [];
  let orphans: string[] = []; // values after a label that names no row (「果」: a tall label printed down its cell)
  for (const row of rows) {
    for (const raw of row) {
      const token = raw.trim();
      if (isLabel(token)) {
        if (values.length) {
          keep(target, values); // a label after values ends the row
          [target, values] = [null, []];
        }
        run.push(token);
        continue;
      }
      if (run.length) {
        const hit = matchRunText(run, specs);
        const matched = hit?.spec ?? null;
        // pdftotext may print a row's label below its numbers (beside a taller cell): numbers that no label
        // claimed go to this run's first label when it names another row exactly as wide.
        const first = orphans.length ? firstRow(run, specs) : null;
        if (first && first !== matched && orphans.length === first.cols.length) keep(first, orphans, "");
        [target, run, orphans, label] = [matched, [], [], hit?.text ?? ""];
      }
      if (target) values.push(token);
      else orphans.push(token);
    }
    // A Word row ends its values; a header row without values (表四) names the rows below it.
    if (values.length) {
      keep(target, values);
      [target, values, run] = [null, [], []];
    }
    orphans = [];
  }
  keep(target, values);
  return found;
}
