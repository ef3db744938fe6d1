// Delimited text → rows, as Excel and WPS write it (RFC 4180): a field in double quotes may hold the delimiter,
// line breaks and doubled quotes 「""」. The delimiter is a tab (pasted from Excel/WPS, or 「Unicode 文本」) or a
// comma (CSV), whichever the first line has more of outside quotes.
import { LIMITS } from "../../import/limits/limits";
import { cleanLine } from "../../text/hygiene";
import { readMessages } from "../messages";
import type { RegisterSheet } from "../types";

function delimiterOf(text: string): string {
  let tabs = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of text.slice(0, 20_000)) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && ch === "\t") tabs++;
    else if (!quoted && ch === ",") commas++;
  }
  return tabs >= commas && tabs > 0 ? "\t" : ",";
}

/** Fields of every line; a quote only opens a quoted field at the start of a field. */
export function splitDelimited(text: string, delimiter: string = delimiterOf(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') (field += '"'), i++;
      else quoted = false;
      continue;
    }
    if (ch === '"' && fieldStart) {
      quoted = true;
      fieldStart = false;
    } else if (ch === delimiter) {
      row.push(field);
      field = "";
      fieldStart = true;
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      if (rows.length > LIMITS.registerRows) throw new Error(readMessages.tooManyRows(LIMITS.registerRows));
      row = [];
      field = "";
      fieldStart = true;
    } else {
      field += ch;
      fieldStart = false;
    }
  }
  if (field !== "" || row.length) rows.push([...row, field]);
  return rows;
}

/** Rows as a RegisterSheet: cells cleaned (a line break inside a cell becomes a space), trailing blanks dropped. */
export function delimitedSheet(text: string, name: string): RegisterSheet {
  const rows = splitDelimited(text).map((fields, i) => {
    if (fields.length > LIMITS.registerColumns) throw new Error(readMessages.tooManyColumns(LIMITS.registerColumns));
    const cells = fields.map(cleanLine);
    while (cells.length && cells[cells.length - 1] === "") cells.pop();
    return { rowNumber: i + 1, cells };
  });
  return { name, rows };
}
