// One worksheet's <sheetData> (ECMA-376 Part 1 §18.3.1.80) → each row's cell texts, by row number. A cell's text
// by its type (<c t>, §18.18.11): a shared string (s), inline rich text (inlineStr), a formula's cached text (str),
// TRUE/FALSE (b) as 「true」/「false」, an error (e) as its code (#N/A), an ISO date (d); a number (n or no t) is a
// date when its style's format is (xlsx-styles), given as 「2024-03-05」, else its shortest decimal form. A
// formula's <f> is skipped: its cached <v> is what the clerk sees. Rows and columns past LIMITS stop the reading.
import { Parser } from "saxen";
import { LIMITS } from "../../import/limits/limits";
import { readMessages } from "../messages";
import { unescapeOoxml } from "./xlsx-styles";

export type SheetContext = { shared: string[]; dateStyles: boolean[]; date1904: boolean };

const DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30); // from serial 61 (1900-03-01), past Excel's phantom 1900-02-29 (serial 60)
const EPOCH_1904 = Date.UTC(1904, 0, 1);

const local = (name: string) => (name.includes(":") ? name.slice(name.indexOf(":") + 1) : name);
const pad = (n: number) => String(n).padStart(2, "0");

/** A date serial as the clerk typed it: 「2024-03-05」, with 「 09:30」 when a time of day is kept. */
export function serialDate(serial: number, date1904: boolean): string {
  const days = !date1904 && serial < 60 ? serial + 1 : serial;
  const ms = Math.round((days * DAY) / 60_000) * 60_000 + (date1904 ? EPOCH_1904 : EPOCH_1900);
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return "";
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return d.getUTCHours() || d.getUTCMinutes() ? `${day} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` : day;
}

/** 「B12」 → column 2 (1-based); 0 when the reference is missing or not a cell. */
export function columnOf(ref: string | undefined): number {
  let col = 0;
  for (let i = 0; ref && i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + c - 64;
  }
  return col;
}

function cellText(t: string | undefined, s: string | undefined, v: string, ctx: SheetContext): string {
  switch (t) {
    case "s":
      return ctx.shared[Number(v)] ?? "";
    case "str":
    case "inlineStr":
    case "e":
      return unescapeOoxml(v);
    case "b":
      return v === "1" ? "true" : v === "0" ? "false" : v;
    case "d":
    {
      const m = /^(\d{4}-\d\d-\d\d)(?:T(\d\d:\d\d))?/.exec(v);
      return m ? (m[2] && m[2] !== "00:00" ? `${m[1]} ${m[2]}` : m[1]!) : v;
    }
    default: {
      if (v === "") return "";
      const n = Number(v);
      if (Number.isNaN(n)) return v;
      return s && ctx.dateStyles[Number(s)] ? serialDate(n, ctx.date1904) : String(n);
    }
  }
}

/** The sheet's rows, 1-based: rows[r - 1][c - 1] is the text of the cell in row r, column c ("" when empty). */
export function sheetCells(xml: string, ctx: SheetContext): string[][] {
  const rows: string[][] = [];
  let row: string[] | null = null;
  let rowNumber = 0;
  let col = 0;
  let cell: { t?: string; s?: string; col: number } | null = null;
  let value = "";
  let inValue = false;
  let inPhonetic = false;
  const put = () => {
    if (!cell || !row) return;
    const text = cellText(cell.t, cell.s, value, ctx);
    if (text === "") return;
    if (cell.col > LIMITS.registerColumns) throw new Error(readMessages.tooManyColumns(LIMITS.registerColumns));
    while (row.length < cell.col - 1) row.push("");
    row[cell.col - 1] = text;
  };
  new Parser()
    .on("openTag", (name, attrs) => {
      const tag = local(name);
      if (tag === "c" && row) {
        const a = attrs();
        col = columnOf(a.r) || col + 1;
        cell = { t: a.t, s: a.s, col };
        value = "";
      } else if (tag === "row") {
        const r = Number(attrs().r);
        rowNumber = r > rowNumber ? r : rowNumber + 1;
        if (rowNumber > LIMITS.registerRows) throw new Error(readMessages.tooManyRows(LIMITS.registerRows));
        row = [];
        col = 0;
      } else if (tag === "rPh") inPhonetic = true;
      else if (cell && !inPhonetic && (tag === "v" || tag === "t")) inValue = true;
    })
    .on("closeTag", (name) => {
      const tag = local(name);
      if (tag === "v" || tag === "t") inValue = false;
      else if (tag === "rPh") inPhonetic = false;
      else if (tag === "c") {
        put();
        cell = null;
      } else if (tag === "row" && row) {
        if (row.length) {
          while (rows.length < rowNumber - 1) rows.push([]);
          rows[rowNumber - 1] = row;
        }
        row = null;
      }
    })
    .on("text", (s, decode) => {
      if (inValue) value += s.includes("&") ? decode(s) : s;
    })
    .on("cdata", (s) => {
      if (inValue) value += s;
    })
    .parse(xml);
  return rows;
}
