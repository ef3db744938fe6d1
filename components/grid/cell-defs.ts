// Cell definitions by path, computed once from the format.
import { gov2021 } from "@/templates/gov-2021";
import { cellDefs, type CellDef } from "@/lib/format/cell-path";
import { totalCells } from "@/lib/grid/totals";

export const cellByPath: ReadonlyMap<string, CellDef> = new Map(cellDefs(gov2021).map((d) => [d.path, d]));
export const addendsByPath: ReadonlyMap<string, string[]> = new Map(totalCells(gov2021).map((t) => [t.path, t.addends]));
