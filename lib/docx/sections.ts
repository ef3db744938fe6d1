// The body of the report: title, preamble (with the contact sentence), the six sections of 国办公开办函〔2021〕30号
// in template order, then 署名 and 成文日期. Headings come from the format data, never from a second copy.
import { Paragraph, type FileChild } from "docx";
import { gov2021 } from "../../templates/gov-2021";
import { prosePath } from "../format/cell-path";
import type { ProsePart, SectionDef, TableKey } from "../format/types";
import { printedContact } from "../report/contact-sentence";
import type { Report } from "../report/types";
import { getPath } from "../values/object-path";
import { feePartText } from "../import/structure/info-fee";
import { bodyParagraph, heading1, heading2, signatureParagraphs, titleParagraph } from "./paragraphs";
import { partHeading } from "./part-heading";
import { splitParagraphs } from "./sanitize";
import { STYLE } from "./styles";
import { createReportTable } from "./table";
import { titleLines } from "./title-lines";

export { reportTitle } from "./title-lines";

const textAt = (report: Report, path: string): string => {
  const v = getPath(report, path);
  return typeof v === "string" ? v : "";
};

/** 六（一）信息处理费 (国办函〔2020〕109号): the clerk's text, plus what infoFee records unless the text says it. */
function partText(section: SectionDef, part: ProsePart, report: Report): string {
  const typed = textAt(report, prosePath(section.key, part.key));
  if (section.key === "other" && part.key === "fee") return feePartText(typed, report.infoFee);
  return typed;
}

/** The report as a flat list of blocks (data first, docx second: easy to test and to adjust). */
export type Block =
  | { kind: "title"; lines: string[] }
  | { kind: "heading1" | "heading2"; text: string }
  | { kind: "body"; text: string; keepNext?: boolean }
  | { kind: "table"; table: TableKey };

function sectionBlocks(section: SectionDef, report: Report): Block[] {
  const out: Block[] = [{ kind: "heading1", text: section.heading }];
  if (section.table) out.push({ kind: "table", table: section.table });
  const body = (text: string) => splitParagraphs(text).map((t): Block => ({ kind: "body", text: t }));
  out.push(...body(textAt(report, prosePath(section.key))));
  (section.parts ?? []).forEach((part, i) => {
    const paragraphs = body(partText(section, part, report));
    if (paragraphs.length > 0) out.push({ kind: "heading2", text: partHeading(section, i) }, ...paragraphs);
  });
  return out;
}

/** The contact sentence as the preamble's last paragraph, unless the clerk already wrote one. */
function contactBlocks(report: Report): Block[] {
  const sentence = printedContact(report);
  return sentence ? [{ kind: "body", text: sentence }] : [];
}

export function reportBlocks(report: Report): Block[] {
  const blocks: Block[] = [
    { kind: "title", lines: titleLines(report.unit.name, report.year) },
    ...splitParagraphs(report.preamble).map((t): Block => ({ kind: "body", text: t })),
    ...contactBlocks(report),
    ...gov2021.sections.flatMap((s) => sectionBlocks(s, report)),
  ];
  // GB/T 9704 7.3.5: the signature never stands alone on a page — the last paragraph goes with it.
  const last = blocks[blocks.length - 1];
  if (last?.kind === "body") blocks[blocks.length - 1] = { ...last, keepNext: true };
  return blocks;
}

function toDocx(block: Block, report: Report): FileChild[] {
  switch (block.kind) {
    case "title":
      return [titleParagraph(block.lines)];
    case "heading1":
      return [heading1(block.text)];
    case "heading2":
      return [heading2(block.text)];
    case "body":
      return [bodyParagraph(block.text, block.keepNext)];
    case "table": // a little air below the table
      return [createReportTable(block.table, report), new Paragraph({ style: STYLE.table, children: [] })];
  }
}

export function reportChildren(report: Report): FileChild[] {
  return [
    ...reportBlocks(report).flatMap((b) => toDocx(b, report)),
    ...signatureParagraphs(report.unit.name, report.publishedOn),
  ];
}
