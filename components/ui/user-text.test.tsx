// Issue #23: user text is shown bidi-isolated, so right-to-left letters in a name cannot reorder the words beside it.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { validateReport } from "@/lib/report/parse-report-json";
import { gov2021 } from "@/templates/gov-2021";
import valid from "@/templates/gov-2021/fixtures/valid-report.json";
import { ReportPreview } from "@/components/preview/report-preview";
import { NameLines, QuotedText } from "./user-text";

describe("user text isolated", () => {
  it("each quotation in a message is a <bdi>", () => {
    expect(renderToStaticMarkup(<QuotedText text="无法读取“אב.docx”：不是有效的文件；“甲”" />)).toBe("无法读取<bdi>“אב.docx”</bdi>：不是有效的文件；<bdi>“甲”</bdi>");
  });

  it("a title's lines: the name's characters isolated, across a line break too", () => {
    const markup = renderToStaticMarkup(<NameLines lines={["示例县城关镇人民政府2024年", "政府信息公开工作年度报告"]} name="示例县城关镇人民政府" />);
    expect(markup).toBe("<span><bdi>示例县城关镇人民政府</bdi>2024年</span><span><br/>政府信息公开工作年度报告</span>");
    const split = renderToStaticMarkup(<NameLines lines={["示例县城关镇", "人民政府2024年"]} name="示例县城关镇人民政府" />);
    expect(split).toBe("<span><bdi>示例县城关镇</bdi></span><span><br/><bdi>人民政府</bdi>2024年</span>");
  });

  it("the preview: the unit name (title and signature), the contact sentence and every paragraph", () => {
    const r = validateReport({ ...valid, unit: { ...valid.unit, name: "عربي城关镇人民政府" } });
    if (!r.ok) throw new Error(r.error);
    const markup = renderToStaticMarkup(<ReportPreview report={r.report} format={gov2021} />);
    expect(markup).toContain("<bdi>عربي城关镇人民政府</bdi>");
    expect(markup.match(/<bdi>عربي城关镇人民政府<\/bdi>/g)?.length).toBeGreaterThanOrEqual(2); // title and signature
    expect(markup).toContain(`<bdi>${valid.prose.overview.parts.proactive.split("\n")[0]!.trim()}</bdi>`);
  });
});
