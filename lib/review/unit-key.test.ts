import { describe, expect, it } from "vitest";
import { bareKey, sameUnit, unitKey } from "./unit-key";

describe("unit names as counties write them", () => {
  it.each([
    ["示例县官庄镇人民政府", "官庄镇"],
    ["示例县官庄镇人民政府", "官庄镇政府"],
    ["官庄镇人民政府", "官庄镇"],
    ["示例县东城街道办事处", "东城街道"],
    ["东城街道办事处", "东城街道办"],
    ["示例县教育局", "教育局"],
    ["示例县教育局", "示例县 教育局"],
    ["示例县教育局", "示例县教育局　"],
    ["ＸＸ县教育局", "XX县教育局"],
    ["示例市示例区司法局", "司法局"],
  ])("%s ≈ %s", (a, b) => {
    expect(sameUnit(a, b)).toBe(true);
  });

  it.each([
    ["官庄镇", "金殿镇"],
    ["示例县教育局", "示例县公安局"],
    ["东城街道办事处", "西城街道办事处"],
    ["示例县人民政府", "示例县教育局"],
  ])("%s ≠ %s", (a, b) => {
    expect(sameUnit(a, b)).toBe(false);
  });

  it("keeps a name that is only a county (the county government) and a short 城区街道", () => {
    expect(unitKey("示例县人民政府")).toBe("示例县");
    expect(bareKey(unitKey("示例县人民政府"))).toBe("示例县");
    expect(bareKey(unitKey("城区街道办事处"))).toBe("城区街道");
  });
});
