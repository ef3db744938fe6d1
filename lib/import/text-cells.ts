// Plain text → table cells. Text extracted from Word has one cell per tab (a cell may hold line
// breaks: 「商业\n企业」); web copies have tabs between cells and a line per row; `pdftotext -layout`
// aligns columns with runs of spaces. Empty cells are kept: they can be blank values (seed 003).

const NUMBERISH = /^[\d０-９.,，．\-—–/／]+$/;

/** 「3.危及“三安全一稳定” 11792 19711」 → the label, then each number. */
function splitTrailingNumbers(part: string): string[] {
  const words = part.split(/\s+/);
  let i = words.length;
  while (i > 0 && NUMBERISH.test(words[i - 1]!)) i--;
  if (i === words.length) return [part];
  return i === 0 ? words : [words.slice(0, i).join(" "), ...words.slice(i)];
}

/** 「（三）不 1.属于国家秘密」: a numbered label starts a new cell even after a single space. */
const splitAtNumbering = (part: string) => part.split(/\s+(?=(?:\d+[.、．]|[（(][一二三四五六七八九十]+[)）])\S)/);

function splitLayoutLine(line: string): string[] {
  // Two or more spaces separate columns (pdftotext -layout); single spaces may separate numbers.
  return line
    .split(/[ \u3000]{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .flatMap(splitTrailingNumbers)
    .flatMap(splitAtNumbering)
    .filter((p) => p !== "");
}

/** Word's plain-text export: one cell per line, each line starting with a tab (seeds 001–004). */
function isCellPerLine(lines: string[]): boolean {
  let perLine = 0;
  let perRow = 0;
  for (const l of lines) {
    const tabs = l.split("\t").length - 1;
    if (tabs >= 2) perRow++;
    else if (tabs === 1 && l.startsWith("\t")) perLine++;
  }
  return perLine > perRow;
}

function tabCells(text: string): string[] {
  return text.split("\t").flatMap((piece) => {
    const lines = piece.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    return lines.length ? lines : [""]; // a piece of only spaces/line breaks is one empty cell
  });
}

/**
 * Cells in rows: a table row per line when tabs separate cells on a line (web copies, seed 000), one
 * stream otherwise — Word's cell-per-line export and `pdftotext -layout`, whose labels wrap over lines.
 */
export function textCells(text: string): string[][] {
  const lines = text.split(/\r?\n/);
  if (!text.includes("\t")) return [lines.flatMap(splitLayoutLine)];
  if (isCellPerLine(lines)) return [tabCells(text)];
  return lines.map((l) => l.split("\t").map((c) => c.trim())).filter((r) => r.some(Boolean));
}
