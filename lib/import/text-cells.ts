// Plain text → a stream of cells. Text extracted from Word has one cell per tab (a cell may hold line
// breaks: 「商业\n企业」); web copies have tabs between cells and a line per row; `pdftotext -layout`
// aligns columns with runs of spaces. Empty cells are kept: they can be blank values (seed 003).

const NUMBERISH = /^[\d０-９.,，．\-—–/／]+$/;

function splitLayoutLine(line: string): string[] {
  // Two or more spaces separate columns; 「0 0 3」 (single spaces) separates numbers only.
  return line
    .split(/[ \u3000]{2,}/)
    .flatMap((part) => {
      const words = part.trim().split(/\s+/);
      return words.length > 1 && words.every((w) => NUMBERISH.test(w)) ? words : [part.trim()];
    })
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
