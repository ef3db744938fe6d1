// The unit kind (templates/gov-2021/unit-kinds.ts) inferred from the unit's name, saying when it is not sure: a
// 「…市人民政府」 may be a 设区的市 or a 县级市, a 「…市教育局」 a city's or a county-level city's department.
// The kind decides what is required (条例第五十条第（四）项 for 各级人民政府), so an unsure guess is reported.

import type { ReportFormat } from "../../format/types";
import type { Issue } from "../../rules/types";
import { importMessages as m } from "../messages";
import { documentIssue } from "../../rules/structure-rules";

export type KindGuess = { kind: string; sure: boolean };

const MUNICIPALITIES = /^(北京|天津|上海|重庆)市/;
const GOVERNMENT: [RegExp, string, boolean][] = [
  [/街道(办事处|办)?$/, "subdistrict", true],
  [/(镇|乡|苏木)(人民政府)?$/, "township", true],
  [/(省|自治区)人民政府$/, "province-government", true],
  [/(自治州|州|盟)人民政府$/, "city-government", true],
  [/(开发区|新区|园区|示范区)(管理委员会|管委会)$/, "other", false],
  [/(县|自治县|旗|自治旗|区|特区|林区)(人民政府)?$/, "county-government", true],
  [/市人民政府$/, "city-government", false],
];
const DEPARTMENT = /(局|委员会|委|办公室|办|厅|中心|院|所|处|队|站|部|署)$/;
const CENTRAL = /^(国家|国务院|中华人民共和国|中国)/;
// A place name: a few characters and its administrative suffix (「示例县」「城关区」); the first may be one character.
const PLACE = /^(.{1,8}?)(自治区|自治州|自治县|自治旗|省|市|州|盟|县|旗|区|镇|乡|街道)/;
const SPECIAL_ZONE = /(开发区|新区|园区|高新区|示范区|保税区|景区)$/;
// Words that hold a place suffix but name no place: 「住房和城乡建设局」「市场监督管理局」「社区矫正」.
const NOT_PLACES = /城乡|乡镇|乡村|城镇|市场|市政|城市|社区|区域|县域|街道办事处$/g;

type Level = "province" | "city" | "county" | "township" | "zone";

function levelOf(place: string, suffix: string, first: boolean): Level {
  if (SPECIAL_ZONE.test(place)) return "zone";
  if (suffix === "省" || suffix === "自治区" || (first && suffix === "市" && MUNICIPALITIES.test(place))) return "province";
  if (suffix === "市" || suffix === "州" || suffix === "自治州" || suffix === "盟") return "city";
  if (suffix === "镇" || suffix === "乡" || suffix === "街道") return "township";
  return "county";
}

/** The deepest place in the name's prefix: 「示例市城关区教育局」 → county (区); 「示例县市场监督管理局」 → county. */
function deepestPlace(name: string): Level | null {
  let rest = name.replace(NOT_PLACES, (w) => "·".repeat(w.length));
  let level: Level | null = null;
  for (let first = true; ; first = false) {
    const m = PLACE.exec(rest);
    if (!m || (!first && m[1]!.length < 2)) return level; // 「市场」「社区」 are words, not places
    level = levelOf(m[0], m[2]!, first);
    rest = rest.slice(m[0].length);
  }
}

function department(name: string): KindGuess {
  if (CENTRAL.test(name)) return { kind: "state-council-department", sure: true };
  if (name.endsWith("厅")) return { kind: "province-department", sure: true };
  switch (deepestPlace(name)) {
    case "province":
      return { kind: "province-department", sure: true };
    case "city":
      return { kind: "city-department", sure: false }; // or a 县级市's
    case "county":
      return { kind: "county-department", sure: true };
    case "township":
      return { kind: "township", sure: false };
    default:
      return { kind: "other", sure: false };
  }
}

export function inferUnitKind(name: string): KindGuess {
  const n = name.replace(/\s/g, "");
  if (MUNICIPALITIES.test(n) && /^..市人民政府$/.test(n)) return { kind: "province-government", sure: true };
  const gov = GOVERNMENT.find(([re]) => re.test(n));
  if (gov) return { kind: gov[1], sure: gov[2] };
  if (DEPARTMENT.test(n)) return department(n);
  return { kind: "other", sure: false };
}

/** The kind an import takes, and what it says when unsure (import.unit-kind-uncertain, on unit.kind). */
export function unitKindOf(format: ReportFormat, unitName: string): { kind: string; notes: string[]; findings: Issue[] } {
  const guess = inferUnitKind(unitName);
  if (guess.sure) return { kind: guess.kind, notes: [], findings: [] };
  const label = format.unitKinds.find((k) => k.key === guess.kind)?.label ?? guess.kind;
  const message = guess.kind === "other" ? m.unitKindGuessed : m.unitKindUncertain(unitName, label);
  const finding = documentIssue("import.unit-kind-uncertain", ["unit.kind"], message);
  return { kind: guess.kind, notes: guess.kind === "other" ? [m.unitKindGuessed] : [], findings: [finding] };
}
