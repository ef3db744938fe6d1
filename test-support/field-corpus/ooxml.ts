// Field corpus: a .docx written by hand as WordprocessingML (ECMA-376 Part 1 §17), so a case controls exactly
// what an editor would put in a table — where a merged label's text sits, text direction, empty cells — with
// none of this app's renderer conventions. A4, GB/T 9704 margins, a 「— 1 —」 footer.
import { strToU8, zipSync } from "fflate";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export type RunOptions = { font?: string; size?: number; bold?: boolean };
export type ParaOptions = RunOptions & { align?: "center" | "left" | "right" | "both"; indent?: boolean; before?: number; pageBreak?: boolean };

function runProps({ font = "仿宋_GB2312", size = 32, bold }: RunOptions): string {
  return `<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="${font}"/>${bold ? "<w:b/>" : ""}<w:sz w:val="${size}"/></w:rPr>`;
}

/** Text with line breaks as w:br, as Word writes a manual line break (Shift+Enter). */
export function run(text: string, o: RunOptions = {}): string {
  const parts = text.split("\n").map((t) => `<w:t xml:space="preserve">${esc(t)}</w:t>`);
  return `<w:r>${runProps(o)}${parts.join("<w:br/>")}</w:r>`;
}

export function para(text: string, o: ParaOptions = {}): string {
  const ppr = [
    o.pageBreak ? "<w:pageBreakBefore/>" : "",
    `<w:spacing w:before="${o.before ?? 0}" w:after="0" w:line="${o.size && o.size < 28 ? 240 : 560}" w:lineRule="${o.size && o.size < 28 ? "auto" : "exact"}"/>`,
    o.indent ? `<w:ind w:firstLineChars="200" w:firstLine="640"/>` : "",
    o.align ? `<w:jc w:val="${o.align}"/>` : "",
  ].join("");
  return `<w:p><w:pPr>${ppr}</w:pPr>${text ? run(text, o) : ""}</w:p>`;
}

export type XCell = {
  text: string;
  span?: number;
  vMerge?: "restart" | "continue";
  vAlign?: "top" | "center" | "bottom";
  /** Vertical text (Word's 文字方向 竖排: tbRlV). */
  vertical?: boolean;
};

/** A table: rows of cells in grid order; `widths` in twips per grid column. */
export function table(rows: XCell[][], widths: number[], o: { size?: number; rowHeight?: number; borders?: boolean } = {}): string {
  const line = o.borders === false ? `w:val="nil"` : `w:val="single" w:sz="4" w:space="0" w:color="000000"`;
  const border = ["top", "left", "bottom", "right", "insideH", "insideV"].map((b) => `<w:${b} ${line}/>`).join("");
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("");
  let col = 0;
  const body = rows
    .map((row) => {
      col = 0;
      const cells = row
        .map((c) => {
          const span = c.span ?? 1;
          const w = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
          col += span;
          const pr = [
            `<w:tcW w:w="${w}" w:type="dxa"/>`,
            span > 1 ? `<w:gridSpan w:val="${span}"/>` : "",
            c.vMerge ? `<w:vMerge w:val="${c.vMerge}"/>` : "",
            c.vertical ? `<w:textDirection w:val="tbRlV"/>` : "",
            `<w:vAlign w:val="${c.vAlign ?? "center"}"/>`,
          ].join("");
          const text = c.vMerge === "continue" ? "" : c.text;
          return `<w:tc><w:tcPr>${pr}</w:tcPr>${text.split("\n\n").map((t) => para(t, { size: o.size ?? 21, align: "center" })).join("")}</w:tc>`;
        })
        .join("");
      const trPr = o.rowHeight ? `<w:trPr><w:trHeight w:val="${o.rowHeight}"/></w:trPr>` : "";
      return `<w:tr>${trPr}${cells}</w:tr>`;
    })
    .join("");
  return `<w:tbl><w:tblPr><w:tblW w:w="${widths.reduce((a, b) => a + b, 0)}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>${border}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="40" w:type="dxa"/><w:right w:w="40" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${body}</w:tbl>`;
}

const FOOTER = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr xmlns:w="${W}"><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">— </w:t></w:r><w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:t>1</w:t></w:r><w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r><w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>`;

/** The package: body XML (paragraphs and tables) → .docx bytes. */
export function docxPackage(body: string): Uint8Array {
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}<w:sectPr><w:footerReference w:type="default" r:id="rIdF"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>`;
  return zipSync({
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>`,
    ),
    "_rels/.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    "word/_rels/document.xml.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>`,
    ),
    "word/document.xml": strToU8(document),
    "word/footer1.xml": strToU8(FOOTER),
  });
}
