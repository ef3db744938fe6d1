// renderReport: a report (the exchange format) → a docx Document laid out per GB/T 9704—2012. Pure: no I/O,
// no gate (see gate.ts); pack.ts and browser.ts turn the Document into bytes. Every string of the report is
// sanitised once, here, before anything is laid out (sanitize.ts).
import { Document } from "docx";
import type { Report } from "../report/types";
import { declareFonts, profileFonts } from "./font-table";
import { FONT_PROFILES } from "./font-profiles";
import { createDraftHeaders, createFooters } from "./footer";
import type { RenderOptions } from "./options";
import { pageProperties } from "./page-setup";
import { sanitizeReport } from "./sanitize";
import { reportChildren, reportTitle } from "./sections";
import { stylesXml } from "./styles";

export type { RenderOptions } from "./options";

export function renderReport(input: Report, options: RenderOptions = {}): Document {
  const report = sanitizeReport(input);
  const fonts = FONT_PROFILES[options.fonts ?? "gb2312"];
  const unit = report.unit.name;
  const doc = new Document({
    title: reportTitle(report) + (options.draft ? "（草稿）" : ""),
    subject: "政府信息公开工作年度报告",
    creator: unit,
    lastModifiedBy: unit,
    description: "年报助手生成（国办公开办函〔2021〕30号格式）",
    externalStyles: stylesXml(fonts),
    // GB/T 9704 7.5: odd and even pages carry their page numbers on opposite sides.
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        properties: pageProperties(),
        headers: options.draft ? createDraftHeaders() : undefined,
        footers: createFooters(),
        children: reportChildren(report),
      },
    ],
  });
  declareFonts(doc, profileFonts(fonts));
  return doc;
}
