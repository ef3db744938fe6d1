// Plain text → table cells. Text extracted from Word has one cell per tab (a cell may hold line
// breaks: 「商业\n企业」); web copies have tabs between cells and a line per row; `pdftotext -layout`
// aligns columns with runs of spaces. Empty cells are kept: they can be blank values (seed 003).

const NUMBERISH = /^[\d０-９.,，．\-—–/／]+$/;

/** 「3.危及…一稳定” 11792 19711」 → the label, then each number. */
function splitTrailingNumbers(part: string): string[] {
  const words = part.split(/\s+/);
  let i = words.length;
  while (i > 0 && NUMBERISH.test(words[i - 1]!)) i--;
  if (i === words.length) return [part];
  return i === 0 ? words : [words.slice(0, i).join(" "), ...words.slice(i)];
}

/** 「3.危及…稳定”405」: a viewer copy may glue a cell's number to the label before it. */
function splitGluedNumber(part: string): string[] {
  const m = /^(.*[\u4e00-\u9fff”）)])(\d+(?:[.,]\d+)*)$/.exec(part);
  return m ? [m[1]!, m[2]!] : [part];
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
    .flatMap(splitGluedNumber)
    .flatMap(splitAtNumbering)
    .filter((p) => p !== "");
}

type Placed = { text: string; x: number; end: number };

const numericOnly = (line: string): Placed[] | null => {
  const words = [...line.matchAll(/\S+/g)].map((m) => ({ text: m[0], x: m.index, end: m.index + m[0].length }));
  return words.length && words.every((w) => NUMBERISH.test(w.text)) ? words : null;
};

/**
 * pdftotext of a narrow cell: 「65029」 printed as 「6502」 with 「9」 on the line below. A shorter
 * number right under a head of four or more digits continues it; columns are then read left to right.
 * Only in columns (pdftotext -layout): a copy from a PDF viewer has no alignment to go by.
 */
function mergeWrapped(block: Placed[][], columns: boolean): string[] {
  if (!columns || block.every((words) => words.length < 2)) return block.flat().map((w) => w.text);
  const cols: (Placed & { line: number })[] = [];
  let merged = false;
  block.forEach((words, line) => {
    for (const w of words) {
      const head = cols.find((c) => c.line < line && c.text.length >= 4 && w.text.length < c.text.length && w.x < c.end && w.end > c.x);
      if (head) [head.text, head.line, merged] = [head.text + w.text, line, true];
      else cols.push({ ...w, line });
    }
  });
  return merged ? [...cols].sort((a, b) => a.x - b.x).map((c) => c.text) : block.flat().map((w) => w.text);
}

function layoutCells(lines: string[]): string[] {
  const out: string[] = [];
  let block: Placed[][] = [];
  const columns = lines.filter((l) => /(?:^|\S)[ \u3000]{2,}\S/.test(l)).length >= 2; // aligned by runs of spaces
  const flush = () => {
    if (block.length) out.push(...mergeWrapped(block, columns));
    block = [];
  };
  for (const line of lines) {
    const nums = numericOnly(line);
    if (nums) block.push(nums);
    else {
      flush();
      out.push(...splitLayoutLine(line));
    }
  }
  flush();
  return out;
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
  if (!text.includes("\t")) return [layoutCells(lines)];
  if (isCellPerLine(lines)) return [tabCells(text)];
  return lines.map((l) => l.split("\t").map((c) => c.trim())).filter((r) => r.some(Boolean));
}
