// 「以上年报告为基础新建」: a draft for the next year that keeps the unit's details, carries last
// year's 结转下年度继续办理 into 上年结转 (表三 T3-6), keeps last year's figures for the cross-year
// warning, and offers last year's prose as a starting text clearly marked for updating.
import { cellDefs } from "../../format/cell-path";
import type { Report } from "../../report/types";
import { emptyReport } from "../../values/empty-report";
import { getPath, setPath } from "../../values/object-path";
import { gov2021 } from "../../../templates/gov-2021";
import { UPDATE_MARK } from "../../report/update-mark";

export { UPDATE_MARK };

const mark = (text: string) => (text.trim() && !text.startsWith(UPDATE_MARK) ? UPDATE_MARK + text : text);

function markedProse(prose: Report["prose"]): Report["prose"] {
  return Object.fromEntries(
    Object.entries(prose).map(([key, s]) => [key, { text: mark(s.text), parts: Object.fromEntries(Object.entries(s.parts).map(([p, t]) => [p, mark(t)])) }]),
  );
}

export function startFromLastYear(last: Report): Report {
  const { carryOver } = gov2021.rules;
  const year = last.year + 1;
  let next: Report = {
    ...emptyReport(gov2021, { unitName: last.unit.name, unitKind: last.unit.kind, year }),
    contact: { ...last.contact },
    preamble: mark(last.preamble.split(String(last.year)).join(String(year))),
    prose: markedProse(last.prose),
    // Last year's own text stays beside the draft: an unedited paragraph and prose repeated from last
    // year are found by comparing with it (text.carried-over, text.repeated).
    lastYear: { year: last.year, tables: structuredClone(last.tables), prose: structuredClone(last.prose), source: "report" },
    notes: [`以 ${last.year} 年度报告为基础新建：上年结转已按上年“结转下年度继续办理”填写，正文沿用上年文字，请逐段修改`],
  };
  for (const def of cellDefs(gov2021)) {
    if (def.table !== "requests" || def.rowId !== carryOver.thisYear) continue;
    const from = def.path.replace(`.${carryOver.thisYear}.`, `.${carryOver.lastYear}.`);
    next = setPath(next, def.path, getPath(last, from) ?? null);
  }
  return next;
}
