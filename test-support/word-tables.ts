// Test support: reads the tables of a .docx as Word sees them — per row, each <w:tc> with its text,
// gridSpan and vMerge — and expresses a TableLayout the same way, so the two can be compared cell by cell.
import { readFileSync } from "node:fs";
import { unzipSync, strFromU8 } from "fflate";
import { DOMParser, type Element } from "@xmldom/xmldom";
import type { TableLayout } from "../lib/format/table-layout";

export type WordCell = { text: string; gridSpan: number; vMerge: "restart" | "continue" | null };

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const kids = (el: Element, name: string) =>
  Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === name);

function cellOf(tc: Element): WordCell {
  const pr = kids(tc, "tcPr")[0];
  const span = pr && kids(pr, "gridSpan")[0];
  const vm = pr && kids(pr, "vMerge")[0];
  const text = Array.from(tc.getElementsByTagNameNS(W, "t"))
    .map((t) => t.textContent ?? "")
    .join("")
    .replace(/[\s\u3000]/g, "");
  return {
    text,
    gridSpan: span ? Number(span.getAttributeNS(W, "val") ?? span.getAttribute("w:val")) : 1,
    vMerge: vm ? ((vm.getAttributeNS(W, "val") || vm.getAttribute("w:val")) === "restart" ? "restart" : "continue") : null,
  };
}

export function readWordTables(docxPath: string): WordCell[][][] {
  const files = unzipSync(readFileSync(docxPath));
  const xml = strFromU8(files["word/document.xml"]!);
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  return Array.from(doc.getElementsByTagNameNS(W, "tbl")).map((tbl) =>
    kids(tbl, "tr").map((tr) => kids(tr, "tc").map(cellOf)),
  );
}

/** Our layout as Word rows: a cell that continues a vertical merge from above becomes a vMerge=continue cell. */
export function layoutAsWordRows(layout: TableLayout): WordCell[][] {
  const covering: ({ until: number; span: number } | undefined)[] = [];
  return layout.rows.map((row, r) => {
    const out: WordCell[] = [];
    const starts = [...row];
    let col = 0;
    while (col < layout.columnCount) {
      const cover = covering[col];
      if (cover && cover.until > r) {
        out.push({ text: "", gridSpan: cover.span, vMerge: "continue" });
        col += cover.span;
        continue;
      }
      const cell = starts.shift();
      if (!cell) break;
      out.push({ text: cell.text.replace(/\s/g, ""), gridSpan: cell.colSpan, vMerge: cell.rowSpan > 1 ? "restart" : null });
      if (cell.rowSpan > 1) covering[col] = { until: r + cell.rowSpan, span: cell.colSpan };
      col += cell.colSpan;
    }
    return out;
  });
}
