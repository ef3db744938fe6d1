// A PDF's pages (runs and rules, read-pdf-extract.ts) → the blocks every reader yields: paragraphs rebuilt
// from wrapped lines, and table rows read by their geometry. Pure: no pdf.js here, so it runs anywhere.
import type { Block } from "../../document";
import { rebuildParagraphs, type WrappedLine } from "../text/paragraphs";
import { furniture } from "../text/page-furniture";
import { gapTables } from "./read-pdf-gap-tables";
import { groupLines, type PdfLine } from "./read-pdf-lines";
import { pageTables, type PdfTable } from "./read-pdf-tables";
import type { PdfPage } from "./read-pdf-types";

type Margins = { left: number; right: number; size: number };

function mode(values: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
}

/**
 * The body's text size, its right edge (where justified lines end together) and left edge (where wrapped
 * lines start). A page too short to show them (no two lines ending together) is taken to have even margins.
 */
function margins(lines: PdfLine[], width: number): Margins {
  const size = mode(lines.map((l) => l.size)) ?? 12;
  const body = lines.filter((l) => Math.abs(l.size - size) < 1);
  const ends = body.map((l) => l.x1).sort((a, b) => b - a);
  const shared = ends.find((x, i) => Math.abs(x - (ends[i + 1] ?? -Infinity)) <= 1.5); // a lone end may overhang
  const starts = body.filter((l) => shared !== undefined && shared - l.x1 < 1.5 * size).map((l) => Math.round(l.x0));
  const repeated = starts.filter((x, i) => starts.indexOf(x) !== i);
  const left = repeated.length ? Math.min(...repeated) : Math.min(...body.map((l) => l.x0));
  return { left, right: shared ?? width - left, size };
}

const wrapped = (l: PdfLine, m: Margins): WrappedLine => ({
  text: l.text,
  indent: l.x0 > m.left + 0.8 * l.size,
  room: (m.right - l.x1) / l.size,
});

/** A title set in a larger size over two lines is one paragraph. */
function joinLargeLines(lines: PdfLine[], m: Margins): PdfLine[] {
  const out: PdfLine[] = [];
  for (const l of lines) {
    const prev = out[out.length - 1];
    const large = l.size > 1.2 * m.size;
    if (prev && large && Math.abs(prev.size - l.size) < 0.5 && l.y - prev.y < 2.5 * l.size) {
      out[out.length - 1] = { ...prev, text: prev.text + l.text, x0: Math.min(prev.x0, l.x0), x1: Math.max(prev.x1, l.x1), y: l.y };
    } else out.push(l);
  }
  return out;
}

export function pdfBlocks(pages: PdfPage[]): Block[] {
  const read = pages.map((p) => {
    const { tables, rest } = pageTables(p.runs, p.rules);
    return { height: p.height, tables, lines: groupLines(rest) };
  });
  const drop = furniture(read);
  const kept = read.map((p) => p.lines.filter((l) => !drop.has(l)));
  // Tables without ruling lines: their columns show in the gaps between words; prose reaches the margin.
  const width = Math.max(...pages.map((p) => p.width));
  const first = margins(kept.flat(), width);
  const unruled = kept.map((lines) => gapTables(lines, (l) => first.right - l.x1 < 1.5 * l.size && l.x0 <= first.left + 2.5 * l.size));
  const body = unruled.map((u) => u.rest);
  const m = margins(body.flat(), width);
  const blocks: Block[] = [];
  let pending: WrappedLine[] = [];
  const flush = () => {
    blocks.push(...rebuildParagraphs(pending).map((text): Block => ({ type: "p", text })));
    pending = [];
  };
  read.forEach((p, i) => {
    const items: { y: number; line?: PdfLine; table?: PdfTable }[] = [
      ...joinLargeLines(body[i]!, m).map((line) => ({ y: line.y, line })),
      ...[...p.tables, ...unruled[i]!.tables].map((table) => ({ y: table.top, table })),
    ].sort((a, b) => a.y - b.y);
    for (const item of items) {
      if (item.line) pending.push(wrapped(item.line, m));
      else if (item.table) {
        flush();
        blocks.push({ type: "table", rows: item.table.rows });
      }
    }
  });
  flush();
  return blocks;
}
