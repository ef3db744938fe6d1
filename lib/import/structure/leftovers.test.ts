import { describe, expect, it } from "vitest";
import { isMetaLine, reportText } from "./leftovers";

describe("crawler and conversion leftovers", () => {
  it("「标题：」 gives the title, 「正文：」 the text; header lines and a bare 「正文」 give nothing", () => {
    expect(reportText("标题：城关镇2024年政府信息公开工作年度报告")).toBe("城关镇2024年政府信息公开工作年度报告");
    expect(reportText("标题:城关镇2024年政府信息公开工作年度报告")).toBe("城关镇2024年政府信息公开工作年度报告");
    expect(reportText("正文：本报告根据条例编制。")).toBe("本报告根据条例编制。");
    for (const meta of ["发布时间：2025-01-20 10:30:00", "原文链接:http://www.example.gov.cn/a.html", "来源：城关镇", "正文", "正 文"]) {
      expect(isMetaLine(meta), meta).toBe(true);
      expect(reportText(meta)).toBe("");
    }
  });

  it("report text stays as it is", () => {
    for (const t of ["本报告根据条例编制。", "内容丰富，形式多样。", "正文中所列数据以表格为准。"]) expect(reportText(t)).toBe(t);
  });
});
