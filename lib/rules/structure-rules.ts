// Family structure: what reading a document found about the document itself (missing sections or tables,
// heading wording, cells that could not be read, the obsolete 2019 format). Only the doors that read a
// document (/check, the CLI on .docx/.txt, the county desk) have these facts; a draft has none.
import { ruleCatalogue } from "./catalogue";
import type { Issue, Severity } from "./types";

/** What an importer found, passed to evaluate() with the report it read. */
export type DocumentFacts = { findings: Issue[] };

/** Cells an importer could not read, or that sit in a table it did not find, or a one-row （六） left empty. */
function unreadCells(document: DocumentFacts): { cells: Set<string>; tables: string[]; merged: Set<string> } {
  const tables = document.findings.filter((f) => f.rule === "structure.missing-table").flatMap((f) => f.cells);
  const cells = new Set(document.findings.filter((f) => f.rule === "import.unread").flatMap((f) => f.cells));
  // A one-row （六）其他处理 leaves its first two rows empty by the document's own layout, not as 「空格」.
  const merged = document.findings.filter((f) => f.rule === "import.single-row-other").flatMap((f) => f.cells);
  return { cells, tables, merged: new Set(merged) };
}

/** Whether a cell is one the importer named unread (a table not found at all is its own finding). */
export function unreadTest(document: DocumentFacts | undefined): (path: string) => boolean {
  if (!document) return () => false;
  const { cells } = unreadCells(document);
  return (c) => cells.has(c);
}

/**
 * With document facts: their issues, and the engine's own issues without what they already say — a cell
 * that could not be read is not also 「空格」, a table that is missing is not also 「整张表都没有填写」.
 */
export function withDocumentFacts(issues: Issue[], document: DocumentFacts | undefined, blankMessage: (cells: string[]) => string): Issue[] {
  if (!document) return issues;
  const { cells: unread, tables, merged } = unreadCells(document);
  const inMissing = (c: string) => tables.some((t) => c === t || c.startsWith(`${t}.`));
  const own = issues.flatMap((i) => {
    if (i.rule === "content.table-empty" && i.cells.some(inMissing)) return [];
    if (i.rule !== "value.blank") return [i];
    const cells = i.cells.filter((c) => !unread.has(c) && !merged.has(c) && !inMissing(c));
    if (cells.length === i.cells.length) return [i];
    return cells.length ? [{ ...i, cells, message: blankMessage(cells) }] : [];
  });
  return [...document.findings, ...own];
}

/**
 * An issue about a document, from what a reader found in it: the id and its severity are the catalogue's
 * (catalogue.ts), the reader gives the cells and the sentence. Readers never choose a severity of their own
 * except where the catalogue says it depends (format.obsolete-2019: an error from the 2021 reports on).
 */
export function documentIssue(rule: string, cells: string[], message: string, severity?: Severity): Issue {
  const def = ruleCatalogue().find((r) => r.id === rule);
  if (!def || def.family !== "structure") throw new Error(`not a catalogued document rule: ${rule}`);
  const fixed = def.severity === "error/warning" ? severity : def.severity;
  if (!fixed) throw new Error(`${rule} needs its severity`);
  return { rule, severity: fixed, cells, message };
}
