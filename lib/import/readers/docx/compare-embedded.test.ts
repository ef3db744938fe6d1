import { describe, expect, it } from "vitest";
import { validateReport } from "../../../report/parse-report-json";
import type { Report } from "../../../report/types";
import { setPath } from "../../../values/object-path";
import valid from "../../../../templates/gov-2021/fixtures/valid-report.json";
import { fieldName, mergeEdited } from "./compare-embedded";

const data = (() => {
  const v = validateReport(valid);
  if (!v.ok) throw new Error(v.error);
  return setPath(setPath(v.report, "tables.appeals.review.pending", null), "contact.email", "gk@example.gov.cn");
})();
/** What reading the printed document gives back: blanks printed as 0, paragraphs trimmed, contact not printed. */
const printed = (r: Report): Report => {
  let v = setPath(r, "tables.appeals.review.pending", 0);
  v = setPath(v, "prose.problems.text", "\n  存在公开内容不够丰富等问题。下一步将加强培训。 \n\n");
  return { ...v, contact: { department: "", address: "", postcode: "", phone: "", email: "", website: "" }, notes: ["由年报助手从 Word 文档（.docx）导入"] };
};

describe("mergeEdited", () => {
  it("what the text still says as printed keeps the data's value: a blank stays blank, the clerk's spacing stays", () => {
    const m = mergeEdited(printed(data), data);
    expect(m.changed).toEqual([]);
    expect({ ...m.report, notes: data.notes }).toEqual(data);
  });

  it("an edited field takes the text and is named; a new name brings its own unit kind", () => {
    let v = setPath(printed(data), "tables.requests.received.natural", 47);
    v = setPath(v, "unit", { name: "示例县城关镇街道办事处", kind: "subdistrict" });
    const m = mergeEdited(v, data);
    expect(m.changed).toEqual(["unit.name", "tables.requests.received.natural"]);
    expect([m.report.unit, m.report.tables.requests.received]).toMatchObject([{ kind: "subdistrict" }, { natural: 47 }]);
    expect(m.report.contact.email).toBe("gk@example.gov.cn");
    expect(m.changed.map((p) => fieldName(p))).toEqual(["单位名称", "表三·一、本年新收政府信息公开申请数量·自然人"]);
  });

  it("names prose fields by their headings", () => {
    expect(fieldName("prose.overview.parts.platform")).toBe("一、总体情况（四）政府信息公开平台建设");
    expect(fieldName("prose.problems.text")).toBe("五、存在的主要问题及改进情况");
    expect(fieldName("infoFee")).toBe("信息处理费");
  });
});
