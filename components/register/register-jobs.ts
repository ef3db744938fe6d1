// What the register's Web Worker does (register.worker.ts): read, propose, count, and show a few rows' cells.
// The register stays here, in the worker's memory, for as long as the page has it open: the page receives only
// the proposal, the counts and — for a cell's cases — the non-private cells of the rows asked for. Nothing is
// stored. Pure apart from that memory, so it is tested in Node.
import type { ColumnRole, RegisterKind, RegisterLayout, RegisterMapping, RegisterProposal, RegisterSheet, TallyChange, TallyResult } from "@/lib/register/types";
import { diffTallies, proposeMapping, readPastedRegister, readRegisterFile, registerTemplate, shownRegisterDate, tallyRegister } from "@/lib/register";

export type RegisterRead = { ok: true; sheets: { name: string; rows: number }[] } | { ok: false; error: string };
export type CaseRow = { rowNumber: number; cells: { header: string; text: string }[] };
export type Tallied = { result: TallyResult; changes: TallyChange[] };

/** Columns whose cells may be shown beside a case: dates, types, outcomes — never "private", never unrecognised. */
const DATES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(["received", "answered", "filed", "closed"]);
const SHOWN: ReadonlySet<ColumnRole> = new Set<ColumnRole>(["applicantType", "received", "answered", "outcome", "reason", "withdrawn", "caseType", "filed", "closed", "result"]);

const message = (e: unknown) => (e instanceof Error && /[\u4e00-\u9fff]/.test(e.message) ? e.message : "无法读取这份台账，请另存为 .xlsx 或 .csv 后再试");

export function registerJobs() {
  let sheets: RegisterSheet[] = [];
  const took = (read: RegisterSheet[]): RegisterRead => {
    sheets = read;
    return { ok: true, sheets: read.map((s) => ({ name: s.name, rows: s.rows.length })) };
  };
  const sheetOf = (layout: RegisterLayout) => sheets.find((s) => s.name === layout.sheet) ?? sheets[0];

  return {
    async readFile(bytes: Uint8Array, fileName: string): Promise<RegisterRead> {
      try {
        return took(await readRegisterFile(bytes, fileName));
      } catch (e) {
        return { ok: false, error: message(e) };
      }
    },
    readPasted(text: string): RegisterRead {
      try {
        return took([readPastedRegister(text)]);
      } catch (e) {
        return { ok: false, error: message(e) };
      }
    },
    propose(kind: RegisterKind, remembered?: RegisterMapping): RegisterProposal {
      return proposeMapping(sheets, kind, remembered);
    },
    /** Counts the register under a confirmed mapping; `before` (the counts in the draft) gives what changed. */
    tally(layout: RegisterLayout, mapping: RegisterMapping, year: number, before?: Record<string, number>): Tallied {
      const sheet = sheetOf(layout);
      if (!sheet) throw new Error("尚未读取台账");
      const result = tallyRegister(sheet, layout, mapping, year);
      return { result, changes: before ? diffTallies(before, result.counts) : [] };
    },
    /** The non-private cells of the given rows (a cell's cases), in the register's column order. */
    rows(layout: RegisterLayout, mapping: RegisterMapping, rowNumbers: number[]): CaseRow[] {
      const sheet = sheetOf(layout);
      if (!sheet) return [];
      const roles = new Map(mapping.columns.map((c) => [c.header, c.role]));
      const shown = layout.headers.map((header, i) => ({ header, i, date: DATES.has(roles.get(header) ?? "ignored") })).filter((c) => SHOWN.has(roles.get(c.header) ?? "ignored"));
      const wanted = new Set(rowNumbers);
      const text = (cell: string | undefined, date: boolean) => (date ? shownRegisterDate(cell ?? "") : (cell ?? ""));
      return sheet.rows
        .filter((r) => wanted.has(r.rowNumber))
        .map((r) => ({ rowNumber: r.rowNumber, cells: shown.map(({ header, i, date }) => ({ header, text: text(r.cells[i], date) })) }));
    },
    template: (kind: RegisterKind): Promise<Uint8Array> => registerTemplate(kind),
    /** Nothing to load ahead any more: the .xlsx reader (lib/register/read/xlsx) is small and part of this worker. */
    warm: async (): Promise<void> => undefined,
    loaded: () => sheets.length > 0,
  };
}

export type RegisterJobs = ReturnType<typeof registerJobs>;
