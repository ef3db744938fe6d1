// renderReport: a report (the exchange format) → a docx Document laid out per GB/T 9704—2012. Pure: no I/O,
// no gate (see gate.ts); pack.ts and browser.ts turn the Document into bytes.
import { Document } from "docx";
import type { Report } from "../report/types";
import { FONT_PROFILES } from "./font-profiles";
import { createDraftHeaders, createFooters } from "./footer";
import type { RenderOptions } from "./options";
import { pageProperties } from "./page-setup";
import { cleanText } from "./sanitize";
import { reportChildren, reportTitle } from "./sections";
import { createStyles } from "./styles";

export type { RenderOptions } from "./options";

export function renderReport(report: Report, options: RenderOptions = {}): Document {
  const fonts = FONT_PROFILES[options.fonts ?? "gb2312"];
  const unit = cleanText(report.unit.name.trim());
  return new Document({
    title: cleanText(reportTitle(report)) + (options.draft ? "（草稿）" : ""),
    subject: "政府信息公开工作年度报告",
    creator: unit,
    lastModifiedBy: unit,
    description: "年报助手生成（国办公开办函〔2021〕30号格式）",
    styles: createStyles(fonts),
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
}
