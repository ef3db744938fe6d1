import { describe, expect, it } from "vitest";
import { locationOf } from "./location";

describe("locationOf (问题清单's 位置)", () => {
  it("names cells, text fields and tables in the report's words, last year's as 上年报告", () => {
    expect(locationOf("tables.requests.granted.natural")).toBe("表三·（一）予以公开·自然人");
    expect(locationOf("lastYear.tables.requests.carriedForward.total")).toBe("上年报告·表三·四、结转下年度继续办理·总计");
    expect(locationOf("prose.problems.text")).toBe("五、存在的主要问题及改进情况");
    expect(locationOf("tables.appeals")).toBe("表四");
    expect(locationOf(undefined)).toBe("");
    expect(locationOf("unit.name")).toBe("");
  });
});
