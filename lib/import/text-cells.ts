// Plain text → a stream of cells. Text extracted from Word has one cell per tab (a cell may hold line
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

function tabCells(text: string): string[] {
  return text.split("\t").flatMap((piece) => {
    const lines = piece.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    return lines.length ? lines : [""]; // a piece of only spaces/line breaks is one empty cell
  });
}

export function textCells(text: string): string[] {
  if (text.includes("\t")) return tabCells(text);
  return text.split(/\r?\n/).flatMap(splitLayoutLine);
}
