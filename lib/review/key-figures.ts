// 审核结果's key figures, located through the format's own keys (templates/gov-2021): 表三 一、本年新收,
// （七）总计 and 四、结转下年度 in the 总计 column; 表四 行政复议 总计 and 行政诉讼 总计 (未经复议直接起诉 +
// 复议后起诉). No label is typed here.
import { cellPath } from "../format/cell-path";
import type { GridTable, ReportFormat } from "../format/types";
import { leaves } from "../format/walk";
import type { Report } from "../report/types";
import { getPath } from "../values/object-path";
import { cellNumber, parseCell } from "../values/parse";
import { gov2021 } from "../../templates/gov-2021";
import type { KeyFigures } from "./types";

type Paths = { received: string; outcomeTotal: string; carriedForward: string; review: string[]; litigation: string[] };

const cache = new WeakMap<ReportFormat, Paths>();

/** The paths of the key figures: 表三's rows of the balance (T3-1) in its total column, 表四's group totals. */
export function keyFigurePaths(format: ReportFormat = gov2021): Paths {
  const hit = cache.get(format);
  if (hit) return hit;
  const requests = format.tables.requests as GridTable;
  const appeals = format.tables.appeals as GridTable;
  const { left, right } = format.rules.balance;
  const totalCol = leaves(requests.columns).filter((l) => l.node.total).at(-1)!.id; // the 总计 column (the last total)
  const at = (row: string) => cellPath(requests, row, totalCol);
  const groupTotals = (top: number) =>
    leaves(appeals.columns)
      .filter((l) => l.node.total && l.ancestors[0]?.key === appeals.columns[top]?.key)
      .map((l) => cellPath(appeals, appeals.rows[0]!.key, l.id));
  const paths: Paths = { received: at(left[0]!), outcomeTotal: at(right[0]!), carriedForward: at(right[1]!), review: groupTotals(0), litigation: groupTotals(1) };
  cache.set(format, paths);
  return paths;
}

const num = (report: Report, path: string) => cellNumber(parseCell(getPath(report, path)));

function sum(report: Report, paths: string[]): number | null {
  let total = 0;
  for (const p of paths) {
    const v = num(report, p);
    if (v === null) return null;
    total += v;
  }
  return total;
}

export const NO_FIGURES: KeyFigures = { received: null, outcomeTotal: null, carriedForward: null, reconsiderationTotal: null, litigationTotal: null };

export function keyFigures(report: Report): KeyFigures {
  const p = keyFigurePaths();
  return {
    received: num(report, p.received),
    outcomeTotal: num(report, p.outcomeTotal),
    carriedForward: num(report, p.carriedForward),
    reconsiderationTotal: sum(report, p.review),
    litigationTotal: sum(report, p.litigation),
  };
}
