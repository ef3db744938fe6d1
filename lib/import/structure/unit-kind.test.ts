import { describe, expect, it } from "vitest";
import { inferUnitKind } from "./unit-kind";

describe("inferUnitKind", () => {
  it.each([
    ["示例县城关镇人民政府", "township"],
    ["港口乡", "township"],
    ["示例区东关街道办事处", "subdistrict"],
    ["示例县人民政府", "county-government"],
    ["示例市城关区人民政府", "county-government"],
    ["示例自治县人民政府", "county-government"],
    ["示例县教育局", "county-department"],
    ["示例县住房和城乡建设局", "county-department"],
    ["示例县市场监督管理局", "county-department"],
    ["示例市城关区卫生健康委员会", "county-department"],
    ["示例县人民政府办公室", "county-department"],
    ["示例自治州人民政府", "city-government"],
    ["北京市人民政府", "province-government"],
    ["广西壮族自治区人民政府", "province-government"],
    ["示例省人民政府", "province-government"],
    ["示例省教育厅", "province-department"],
    ["示例省市场监督管理局", "province-department"],
    ["北京市教育委员会", "province-department"],
    ["国家统计局", "state-council-department"],
    ["中华人民共和国教育部", "state-council-department"],
  ])("%s → %s, sure", (name, kind) => expect(inferUnitKind(name)).toEqual({ kind, sure: true }));

  it.each([
    ["示例市人民政府", "city-government"], // 设区的市, or a 县级市
    ["示例市教育局", "city-department"],
    ["示例市市场监督管理局", "city-department"],
    ["示例市社区矫正管理局", "city-department"], // 「社区」 is not a 区
    ["示例县城关镇党政办公室", "township"],
    ["示例经济开发区管理委员会", "other"],
    ["示例县供水有限公司", "other"],
    ["", "other"],
  ])("%s → %s, not sure", (name, kind) => expect(inferUnitKind(name)).toEqual({ kind, sure: false }));
});
