// Document issues are built here from what a reader found: the catalogue fixes each id's severity.
import { describe, expect, it } from "vitest";
import { documentIssue } from "./structure-rules";

describe("documentIssue", () => {
  it("takes the severity from the catalogue", () => {
    expect(documentIssue("structure.missing-section", ["prose.problems.text"], "缺少章节“五、存在的主要问题及改进情况”")).toEqual({
      rule: "structure.missing-section",
      severity: "error",
      cells: ["prose.problems.text"],
      message: "缺少章节“五、存在的主要问题及改进情况”",
    });
    expect(documentIssue("import.unread", ["tables.requests.granted.natural"], "x").severity).toBe("warning");
  });
  it("needs the severity only where the catalogue says it depends, and knows only document rules", () => {
    expect(documentIssue("format.obsolete-2019", [], "x", "warning").severity).toBe("warning");
    expect(() => documentIssue("format.obsolete-2019", [], "x")).toThrow(/needs its severity/);
    expect(() => documentIssue("requests.balance", [], "x")).toThrow(/not a catalogued document rule/);
    expect(() => documentIssue("structure.nonsense", [], "x")).toThrow(/not a catalogued document rule/);
  });
});
