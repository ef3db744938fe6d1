// 汇总表 as a .docx: a title (「××县2024年度政府信息公开工作年度报告汇总表」), the three tables drawn by lib/docx's
// own table builder (createReportTable, from the one tableLayout) with the format's section headings, and a
// line saying how many reports are in it. Same page, styles and fonts as a report (GB/T 9704—2012).
import { Document, Packer, type FileChild } from "docx";
import { createFooters } from "../docx/footer";
import { declareFonts, profileFonts } from "../docx/font-table";
import { FONT_PROFILES } from "../docx/font-profiles";
import { pageProperties } from "../docx/page-setup";
import { bodyParagraph, heading1, titleParagraph } from "../docx/paragraphs";
import { stylesXml } from "../docx/styles";
import { createReportTable } from "../docx/table";
import type { TableKey } from "../format/types";
import type { Report } from "../report/types";
import { emptyReport } from "../values/empty-report";
import { gov2021 } from "../../templates/gov-2021";
import { cleanLine } from "../text/hygiene";
import type { RollUp } from "./types";
import { flawedOf } from "./roll-up-flawed";

const TABLES: TableKey[] = ["proactive", "requests", "appeals"];

export function rollUpTitle(rollUp: RollUp, countyName = ""): string {
  return `${countyName}${rollUp.year ?? ""}${rollUp.year ? "年度" : ""}政府信息公开工作年度报告汇总表`;
}

function children(rollUp: RollUp, countyName: string): FileChild[] {
  const report: Report = { ...emptyReport(gov2021, { unitName: countyName, year: rollUp.year ?? undefined }), tables: rollUp.tables };
  const out: FileChild[] = [titleParagraph([rollUpTitle(rollUp, countyName)])];
  const flawed = flawedOf(rollUp).length;
  out.push(bodyParagraph(`本表汇总 ${rollUp.included.length} 个单位的年度报告${rollUp.excluded.length ? `，另有 ${rollUp.excluded.length} 份报告未纳入（旧格式、无法读取、非本年度或重复提交）` : ""}。${flawed ? `其中 ${flawed} 份报告的表格有错误，按原数计入。` : ""}`));
  for (const key of TABLES) {
    const section = gov2021.sections.find((s) => s.table === key);
    out.push(heading1(section?.heading ?? gov2021.tables[key].name), createReportTable(key, report));
  }
  return out;
}

export async function renderRollUpDocx(rollUp: RollUp, typedName = ""): Promise<Uint8Array> {
  const countyName = cleanLine(typedName); // typed by the reviewer: the one text hygiene before it is printed
  const fonts = FONT_PROFILES.gb2312;
  const doc = new Document({
    title: rollUpTitle(rollUp, countyName),
    creator: countyName || "年报助手",
    description: "年报助手生成的汇总表（国办公开办函〔2021〕30号格式）",
    externalStyles: stylesXml(fonts),
    evenAndOddHeaderAndFooters: true,
    sections: [{ properties: pageProperties(), footers: createFooters(), children: children(rollUp, countyName) }],
  });
  declareFonts(doc, profileFonts(fonts));
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
