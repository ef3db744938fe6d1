import { describe, expect, it } from "vitest";
import valid from "../../templates/gov-2021/fixtures/valid-report.json";
import { jsonDepthWithin, parseJsonBounded, parseReportJson } from "./parse-report-json";

describe("JSON within budgets (issue 15)", () => {
  it("measures nesting outside strings, escaped quotes included", () => {
    expect(jsonDepthWithin('[[{"a":[1]}]]', 4)).toBe(true);
    expect(jsonDepthWithin('[[{"a":[1]}]]', 3)).toBe(false);
    expect(jsonDepthWithin('{"a":"[[[[[[\\"[[[["}', 1)).toBe(true);
  });

  it("refuses deep or large documents before parsing them, in Chinese", () => {
    const deep = parseJsonBounded("[".repeat(100_000) + "]".repeat(100_000));
    expect(deep.ok ? "" : deep.error).toMatch(/嵌套过深/);
    const large = parseJsonBounded(JSON.stringify({ preamble: "x".repeat(5 * 1024 * 1024) }));
    expect(large.ok ? "" : large.error).toMatch(/过大/);
  });

  it("reads the exchange format as before", () => {
    expect(parseReportJson(JSON.stringify(valid)).ok).toBe(true);
    const broken = parseReportJson("{oops");
    expect(broken.ok ? "" : broken.error).toMatch(/不是有效的 JSON 文件/);
  });
});
