// Blocks or plain text → the one `Document` (../document.ts): lines (headings, prose) and table cells, whatever
// it came from: Word paragraphs and tables (also a PDF's or a web page's, as their readers give them), or plain
// text in which the tables sit between the headings 二 and 五.
import type { ReportFormat } from "../../format/types";
import type { Block, Document } from "../document";
import { findHeadings, type Headings, type LineLook } from "../structure/headings";
import { textCells } from "./text/text-cells";
import { splitRunTogether } from "./text/run-together";
import { dropFurniture, unwrap, wrapWidth } from "./text/text-lines";

/** Fewer section headings than this on lines of their own: look for them inside long lines. */
const RUN_TOGETHER_BELOW = 3;

/** Whether a table follows this paragraph, with nothing but empty paragraphs between. */
function beforeTable(blocks: Block[], i: number): boolean {
  for (let k = i + 1; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (b.type === "table") return true;
    if (b.text.trim()) return false;
  }
  return false;
}

export function fromBlocks(format: ReportFormat, blocks: Block[]): Document {
  const lines: string[] = [];
  const looks: LineLook[] = [];
  const numbered = new Set<number>();
  blocks.forEach((b, i) => {
    if (b.type !== "p") return;
    if (b.numbered) numbered.add(lines.length);
    const look: LineLook = { outline: b.outline, style: b.style, align: b.align, beforeTable: beforeTable(blocks, i) };
    for (const line of b.text.split("\n")) {
      lines.push(line);
      looks.push(look);
    }
  });
  const rows = blocks.flatMap((b) => (b.type === "table" ? b.rows : []));
  const allText = blocks.map((b) => (b.type === "p" ? b.text : b.rows.map((r) => r.join("\t")).join("\n"))).join("\n");
  const tableText = rows.map((r) => r.join("\t")).join("\n");
  return { lines, rows, headings: findHeadings(format, lines, numbered, looks), looks, allText, tableText };
}

function tableZone(format: ReportFormat, h: Headings, lineCount: number): { from: number; to: number } | undefined {
  const isTable = (key: string) => Boolean(format.sections.find((s) => s.key === key)?.table);
  const first = h.sections.findIndex((f) => isTable(f.key));
  if (first < 0) return undefined; // no table headings: look for the tables everywhere
  const after = h.sections.slice(first).find((f) => !isTable(f.key));
  return { from: h.sections[first]!.line, to: after?.line ?? lineCount };
}

/** Text from a PDF: furniture dropped; wrapped prose rejoined into paragraphs, the tables' lines kept as they are. */
export function fromText(format: ReportFormat, text: string): Document {
  let lines = dropFurniture(text.replace(/\r\n?/g, "\n").split("\n"));
  let headings = findHeadings(format, lines);
  // A report run together on one line or a few (crawler text): its headings are inside the lines.
  const cut = headings.sections.length < RUN_TOGETHER_BELOW ? splitRunTogether(format, lines) : null;
  if (cut) {
    const again = findHeadings(format, cut);
    if (again.sections.length > headings.sections.length) [lines, headings] = [cut, again];
  }
  let zone = tableZone(format, headings, lines.length);
  const wrap = zone && wrapWidth([...lines.slice(0, zone.from), ...lines.slice(zone.to)]);
  if (zone && wrap) {
    lines = [...unwrap(lines.slice(0, zone.from), wrap), ...lines.slice(zone.from, zone.to), ...unwrap(lines.slice(zone.to), wrap)];
    headings = findHeadings(format, lines);
    zone = tableZone(format, headings, lines.length);
  }
  const tableText = (zone ? lines.slice(zone.from, zone.to) : lines).join("\n");
  return { lines, rows: textCells(tableText), headings, zone, allText: text, tableText };
}
