// Page numbers, running headers and footers are not text of the report (GB/T 9704—2012 7.5: 「— 1 —」
// in the footer; drafts carry 「草稿」 in the header). A line is furniture when it stands apart at the
// top or bottom of its page and reads as a page number, or says the same (numbers aside) on most pages.

/** 「— 1 —」「- 2 -」「第 3 页」「第3页 共6页」「3/6」「Page 3 of 6」. */
export const PAGE_NUMBER = /^(?:[-—–－~·]+\s*\d{1,3}\s*[-—–－~·]+|\d{1,3}|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3}|page\s*\d{1,3}(?:\s*of\s*\d{1,3})?)$/i;

const EDGE = 0.15; // share of the page height, at the top and at the bottom, where furniture stands
const APART = 2.5; // a gap of more than this many font sizes separates furniture from the body

export type PlacedLine = { text: string; y: number; size: number };
export type FurniturePage<L extends PlacedLine> = { height: number; lines: L[] };

const shape = (text: string) => text.replace(/\s/g, "").replace(/\d+/g, "#");

/** The first and last line of a page, and lines at its top or bottom set apart from the body by a wide gap. */
function edgeLines<L extends PlacedLine>(page: FurniturePage<L>): L[] {
  const lines = [...page.lines].sort((a, b) => a.y - b.y);
  const out: L[] = [lines[0], lines[lines.length - 1]].filter((l): l is L => l !== undefined && (l.y < page.height * EDGE || l.y > page.height * (1 - EDGE)));
  for (let i = 0; i < lines.length && lines[i]!.y < page.height * EDGE; i++) {
    const next = lines[i + 1];
    if (!next || next.y - lines[i]!.y > APART * Math.max(next.size, lines[i]!.size)) out.push(...lines.slice(0, i + 1));
  }
  for (let i = lines.length - 1; i >= 0 && lines[i]!.y > page.height * (1 - EDGE); i--) {
    const prev = lines[i - 1];
    if (!prev || lines[i]!.y - prev.y > APART * Math.max(prev.size, lines[i]!.size)) out.push(...lines.slice(i));
  }
  return [...new Set(out)];
}

/** The lines of each page that are page numbers or running heads and feet. */
export function furniture<L extends PlacedLine>(pages: FurniturePage<L>[]): Set<L> {
  const edges = pages.map(edgeLines);
  const seen = new Map<string, number>();
  for (const lines of edges) for (const s of new Set(lines.map((l) => shape(l.text)))) seen.set(s, (seen.get(s) ?? 0) + 1);
  const most = Math.max(2, Math.ceil(pages.length / 2));
  return new Set(edges.flat().filter((l) => PAGE_NUMBER.test(l.text.trim()) || (seen.get(shape(l.text)) ?? 0) >= most));
}
