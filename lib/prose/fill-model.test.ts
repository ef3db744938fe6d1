import { describe, expect, it } from "vitest";
import { gov2021 } from "../../templates/gov-2021";
import { emptyReport } from "../values/empty-report";
import { setPath } from "../values/object-path";
import { fillModel, insertModel, modelVars } from "./fill-model";

const part = (section: string, key: string) =>
  gov2021.sections.find((s) => s.key === section)!.parts!.find((p) => p.key === key)!;

describe("model paragraphs", () => {
  it("fills unit, year and 表三 总计 figures computed from the typed cells", () => {
    let r = emptyReport(gov2021, { unitName: "城关镇人民政府", year: 2024 });
    r = setPath(r, "tables.requests.received.natural", 10);
    r = setPath(r, "tables.requests.received.business", "２");
    r = setPath(r, "tables.requests.carriedOver.natural", 1);
    r = setPath(r, "tables.requests.granted.legal", 4);
    r = setPath(r, "tables.requests.notHeld.natural", 7);
    r = setPath(r, "tables.requests.carriedForward.natural", 2);
    const text = fillModel(part("overview", "requests").model!, modelVars(r, gov2021));
    expect(text).toBe(
      "2024年，城关镇人民政府共收到政府信息公开申请12件，上年结转1件；办结11件，其中予以公开4件；结转下年度继续办理2件。",
    );
  });
  it("（二） never claims every application was answered: cases may be carried forward", () => {
    expect(part("overview", "requests").model).not.toMatch(/均/);
  });
  it("（五）数据统计 does not repeat the opening paragraph's statistics period", () => {
    const text = fillModel(part("other", "statistics").model!, modelVars(emptyReport(gov2021, { year: 2024 }), gov2021));
    expect(text).not.toMatch(/统计期限|1月1日|12月31日/);
  });
  it("the fee paragraph follows the answer given above it", () => {
    const model = part("other", "fee").model!;
    const base = emptyReport(gov2021, { unitName: "某局", year: 2024 });
    expect(fillModel(model, modelVars({ ...base, infoFee: { status: "not-collected", amountYuan: null } }, gov2021))).toBe("2024年，某局未收取政府信息公开信息处理费。");
    expect(fillModel(model, modelVars({ ...base, infoFee: { status: "collected", amountYuan: "400" } }, gov2021))).toBe("2024年，某局共收取政府信息公开信息处理费400元。");
  });
  it("fits every kind of unit: no township, 街道 or government-only wording outside the government-only part", () => {
    const local = /乡镇|本镇|镇政府|街道|便民服务中心|政府门户网站|领导小组|本地/;
    const models = gov2021.sections.flatMap((s) => [s.model, ...(s.parts ?? []).filter((p) => !p.governmentOnly).map((p) => p.model)]).filter(Boolean);
    for (const unitKind of gov2021.unitKinds.map((k) => k.key)) {
      const vars = modelVars(emptyReport(gov2021, { unitKind, unitName: "某单位", year: 2024 }), gov2021);
      for (const m of models) expect(fillModel(m!, vars)).not.toMatch(local);
    }
  });
  it("says 本机关 when the unit has no name yet, and leaves unknown placeholders visible", () => {
    const vars = modelVars(emptyReport(gov2021, { year: 2023 }), gov2021);
    expect(fillModel("{unit}{year}年{nope}", vars)).toBe("本机关2023年{nope}");
  });
  it("fills every model in the format without leftovers", () => {
    const vars = modelVars(emptyReport(gov2021, { unitName: "某局", year: 2022 }), gov2021);
    const models = gov2021.sections.flatMap((s) => [s.model, ...(s.parts ?? []).map((p) => p.model)]).filter(Boolean);
    expect(models.length).toBeGreaterThan(5);
    for (const m of models) expect(fillModel(m!, vars)).not.toMatch(/\{\w+\}/);
  });
  it("appends to text already written instead of replacing it", () => {
    expect(insertModel("", "甲")).toBe("甲");
    expect(insertModel("已写\n", "甲")).toBe("已写\n甲");
  });
});
