// The body of the report: title, preamble, the six sections of 国办公开办函〔2021〕30号 in template order,
// then 署名 and 成文日期. Headings come from the format data, never from a second copy.
import { Paragraph, type FileChild } from "docx";
import { gov2021 } from "../../templates/gov-2021";
import { prosePath } from "../format/cell-path";
import type { ProsePart, SectionDef } from "../format/types";
import type { Report } from "../report/types";
import { getPath } from "../values/object-path";
import { printCell } from "../values/format-number";
import { bodyParagraphs, heading1, heading2, signatureParagraphs, titleParagraph } from "./paragraphs";
import { STYLE } from "./styles";
import { createReportTable } from "./table";

export function reportTitle(report: Report): string {
  return `${report.unit.name.trim()}${report.year}年政府信息公开工作年度报告`;
}

const textAt = (report: Report, path: string): string => {
  const v = getPath(report, path);
  return typeof v === "string" ? v : "";
};

/** 六（一）信息处理费: when the clerk wrote nothing, say what infoFee records (国办函〔2020〕109号). */
function feeSentence(report: Report): string {
  const { status, amountYuan } = report.infoFee;
  if (status === "not-collected") return "本年度未收取信息处理费。";
  if (status === "collected" && amountYuan !== null && amountYuan !== "") {
    return `本年度收取信息处理费共计${printCell(amountYuan, "amount")}元。`;
  }
  return "";
}

function partText(section: SectionDef, part: ProsePart, report: Report): string {
  const typed = textAt(report, prosePath(section.key, part.key));
  if (typed.trim() === "" && section.key === "other" && part.key === "fee") return feeSentence(report);
  return typed;
}

function sectionChildren(section: SectionDef, report: Report): FileChild[] {
  const out: FileChild[] = [heading1(section.heading)];
  if (section.table) {
    out.push(createReportTable(section.table, report));
    out.push(new Paragraph({ style: STYLE.table, children: [] })); // a little air below the table
  }
  out.push(...bodyParagraphs(textAt(report, prosePath(section.key))));
  for (const part of section.parts ?? []) {
    const paragraphs = bodyParagraphs(partText(section, part, report));
    if (paragraphs.length > 0) out.push(heading2(part.heading), ...paragraphs);
  }
  return out;
}

export function reportChildren(report: Report): FileChild[] {
  return [
    titleParagraph(reportTitle(report)),
    ...bodyParagraphs(report.preamble),
    ...gov2021.sections.flatMap((s) => sectionChildren(s, report)),
    ...signatureParagraphs(report.unit.name, report.publishedOn),
  ];
}
