import { describe, expect, it } from "vitest";
import { countyKey, countyOf, probablySame, sameUnit, unitKey } from "./unit-key";

// A county's roster as its 政务公开办 keeps it: towns, 街道, the county government's own offices, 局/委/中心/办
// of every kind, and the 开发区/园区 with their 管委会 — with the county prefix on some and not others.
const ROSTER = [
  "示例县人民政府办公室",
  "示例县官庄镇人民政府",
  "金殿镇",
  "东城街道办事处",
  "示例县经济开发区管理委员会",
  "示例县高新技术产业开发区管委会",
  "示例县工业园区管委会",
  "示例县城市管理局",
  "示例县林区管理局",
  "示例县教育局",
  "示例县教育体育局",
  "示例县人力资源和社会保障局",
  "示例县卫生健康委员会",
  "示例县融媒体中心",
  "示例县政务服务中心",
  "示例县信访局",
  "示例县医疗保障局",
  "示例县机关事务服务中心",
  "示例县乡村振兴局",
];
const COUNTY = countyOf(ROSTER);

describe("the roster's own county", () => {
  it("is the place most names share; a unit's 开发区/园区/林区/城区 is never taken for it", () => {
    expect(COUNTY).toBe("示例县");
    expect(countyOf(["经济开发区管委会", "高新技术产业开发区管委会", "工业园区管委会", "林区管理局", "城区街道"])).toBeNull();
    expect(countyOf(["示例市示例县教育局", "示例市示例县公安局"])).toBe("示例县");
  });
});

describe("the same unit for certain (the known variants)", () => {
  it.each([
    ["示例县官庄镇人民政府", "官庄镇"],
    ["示例县官庄镇人民政府", "官庄镇政府"],
    ["示例县官庄镇人民政府", "示例县 官庄镇人民政府"],
    ["示例县东城街道办事处", "东城街道"],
    ["东城街道办事处", "东城街道办"],
    ["示例县教育局", "教育局"],
    ["示例县教育局", "县教育局"],
    ["示例县教育局", "示例市示例县教育局"],
    ["示例县教育局", "示例县教育局　"],
    ["示例县经济开发区管理委员会", "经济开发区管委会"],
    ["示例县高新技术产业开发区管委会", "高新区管委会"],
    ["示例县人力资源和社会保障局", "人社局"],
    ["示例县卫生健康委员会", "县卫健委"],
    ["示例县医疗保障局", "医保局"],
    ["示例县人民政府办公室", "县政府办公室"],
    ["示例县人民政府", "县政府"],
    ["ＸＸ县融媒体中心", "XX县融媒体中心"],
    ["示例县\u200b信访局", "示例县信访局"],
  ])("%s = %s", (a, b) => {
    expect(sameUnit(a, b, COUNTY)).toBe(true);
  });
});

describe("different units are never merged (the place in front is part of the name)", () => {
  it.each([
    ["示例县经济开发区管理委员会", "示例县高新技术产业开发区管委会"],
    ["示例县经济开发区管理委员会", "示例县工业园区管委会"],
    ["示例县高新技术产业开发区管委会", "示例县工业园区管委会"],
    ["示例县城市管理局", "示例县林区管理局"],
    ["示例县教育局", "示例县教育体育局"],
    ["示例县融媒体中心", "示例县政务服务中心"],
    ["示例县政务服务中心", "示例县机关事务服务中心"],
    ["示例县人民政府", "示例县人民政府办公室"],
    ["示例县信访局", "示例县乡村振兴局"],
    ["官庄镇", "金殿镇"],
    ["东城街道办事处", "西城街道办事处"],
    ["示例县教育局", "另一县教育局"],
  ])("%s ≠ %s", (a, b) => {
    expect(sameUnit(a, b, COUNTY)).toBe(false);
  });

  it("every line of the roster has a key of its own", () => {
    const keys = ROSTER.map((r) => countyKey(r, COUNTY));
    expect(new Set(keys).size).toBe(ROSTER.length);
    expect(keys.slice(4, 9)).toEqual(["经济开发区管委会", "高新区管委会", "工业园区管委会", "城市管理局", "林区管理局"]);
  });

  it("without a county the names are compared whole", () => {
    expect(unitKey("经济开发区管理委员会")).toBe("经济开发区管委会");
    expect(sameUnit("经济开发区管委会", "高新技术产业开发区管委会")).toBe(false);
    expect(sameUnit("城市管理局", "林区管理局")).toBe(false);
  });
});

describe("alike but not for certain: the reviewer is asked", () => {
  it.each([
    ["示例县经济开发区管理委员会", "示例县经开区管委会"],
    ["示例县经济开发区管理委员会", "示例县经济技术开发区管委会"],
    ["示例县教育局", "示例县教育体育局"],
    ["示例县工业园区管委会", "园区管委会"],
    ["和庄乡", "和庄镇人民政府"],
  ])("%s ~ %s", (a, b) => {
    expect(probablySame(a, b, COUNTY)).toBe(true);
  });

  it.each([
    ["示例县经济开发区管理委员会", "示例县工业园区管委会"],
    ["示例县经济开发区管理委员会", "示例县高新区管委会"],
    ["示例县城市管理局", "示例县林区管理局"],
    ["示例县教育局", "示例县公安局"],
    ["示例县官庄镇人民政府", "官庄镇"],
  ])("%s !~ %s", (a, b) => {
    expect(probablySame(a, b, COUNTY)).toBe(false);
  });
});
