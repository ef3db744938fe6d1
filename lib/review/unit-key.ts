// 名单 matching (issue #23): one unit, however a county writes it — 全称/简称 (「官庄镇人民政府」「官庄镇政府」
// 「官庄镇」, 「高新技术产业开发区」「高新区」, 「管理委员会」「管委会」), 街道办事处/街道办/街道, full-width
// forms, and the prefix of the roster's own county (「示例县教育局」「县教育局」「教育局」). Nothing else is
// dropped: the place in front of a unit is part of its meaning — 经济开发区管委会 ≠ 高新技术产业开发区管委会 ≠
// 工业园区管委会, 城市管理局 ≠ 林区管理局. Where two names are only alike (「经开区」 beside 「经济技术开发区」,
// 「教育局」 beside 「教育体育局」), probablySame says so and the desk asks the reviewer (「可能是…，请核对」).
import { cleanLine } from "../text/hygiene";

/** Known 全称 → 简称 of one unit (each short form names one unit only), folded to the short form anywhere. */
const SHORT_FORMS: [RegExp, string][] = [
  [/人民政府/g, "政府"],
  [/管理委员会/g, "管委会"],
  [/高新技术产业开发区/g, "高新区"],
  [/人力资源和?社会保障局/g, "人社局"],
  [/住房和?城乡建设局/g, "住建局"],
  [/发展和?改革局/g, "发改局"],
  [/发展和?改革委员会/g, "发改委"],
  [/卫生健康委员会/g, "卫健委"],
  [/卫生健康局/g, "卫健局"],
  [/市场监督管理局/g, "市场监管局"],
  [/文化和?旅游局/g, "文旅局"],
  [/文化广电和?旅游局/g, "文广旅局"],
  [/退役军人事务局/g, "退役军人局"],
  [/医疗保障局/g, "医保局"],
  [/行政审批服务局/g, "行政审批局"],
  [/综合行政执法局/g, "综合执法局"],
];

/** Endings that say the same unit: 「官庄镇政府」 is 「官庄镇」, 「东城街道办事处」 is 「东城街道」. */
const ENDINGS: [RegExp, string][] = [
  [/政府$/, ""],
  [/街道办事处$|街道办$/, "街道"],
];

/** The name compared, before a county prefix is considered: clean, NFKC, no spaces or punctuation, short forms. */
export function unitKey(name: string): string {
  let key = cleanLine(name).normalize("NFKC").replace(/[\s\p{P}\p{S}]+/gu, "");
  for (const [re, to] of SHORT_FORMS) key = key.replace(re, to);
  for (const [re, to] of ENDINGS) {
    const next = key.replace(re, to);
    if (next && next !== key) return next;
  }
  return key;
}

/** 「××区」 that are not places a county is named by: a unit's own 开发区, 园区, 林区 … stay in its name. */
const NOT_A_PLACE = /(开发|园|新|示范|景|保护|试验|实验|合作|功能|工业|城|林|矿|牧|社|辖|片|管理|高新|经开|集聚|产业)区$/;
const PLACE_END = /(自治县|自治旗|县|旗|市|区)$/;

/** Prefixes of a key that could be a county's name: 2–10 characters ending in 县/区/市/旗, leaving ≥ 2. */
function placePrefixes(key: string): string[] {
  const out: string[] = [];
  for (let end = 2; end <= Math.min(10, key.length - 2); end++) {
    const p = key.slice(0, end);
    if (PLACE_END.test(p) && !NOT_A_PLACE.test(p)) out.push(p);
  }
  return out;
}

/**
 * The county the names are written in: the place prefix most of them share (「示例县」 of 「示例县官庄镇政府」,
 * 「示例县教育局」…), or the one 「××县」 when no prefix is shared (a batch of one report); null when there is
 * none or several. Of a chain (「示例市示例县」) the last place is the county.
 */
export function countyOf(names: string[]): string | null {
  const counts = new Map<string, number>();
  for (const key of new Set(names.map(unitKey))) for (const p of placePrefixes(key)) counts.set(p, (counts.get(p) ?? 0) + 1);
  let best: string | null = null;
  for (const [p, n] of counts) {
    const b = best === null ? 0 : counts.get(best)!;
    if (n > b || (n === b && best !== null && p.length > best.length)) best = p;
  }
  if (best !== null && counts.get(best)! < 2) {
    const counties = [...counts.keys()].filter((p) => /(县|旗)$/.test(p));
    best = counties.length === 1 ? counties[0]! : null;
  }
  if (best === null) return null;
  return best.match(/.+?(?:自治县|自治旗|县|旗|市|区)/g)!.at(-1)!;
}

/**
 * The key without the roster's own county in front: 「示例县教育局」, 「示例市示例县教育局」, 「县教育局」 →
 * 「教育局」; the county's own government (「示例县政府」, 「县政府」) → the county's name. Another county's
 * prefix stays: 「另一县教育局」 is not this county's 教育局.
 */
export function countyKey(name: string, county: string | null): string {
  const key = unitKey(name);
  if (!county) return key;
  const level = county.slice(-1);
  const at = key.indexOf(county);
  // Only a city (…市, …州, …盟, …地区) may stand before the county.
  if (at === 0 || (at > 0 && /(市|州|盟|地区)$/.test(key.slice(0, at)) && at <= 10)) {
    const rest = key.slice(at + county.length);
    return rest === "" ? county : rest;
  }
  if (key === level) return county; // 「县政府」 → 县 → the county itself
  if (key.startsWith(level) && key.length - 1 >= 2 && !PLACE_END.test(key.slice(0, 2))) return key.slice(1); // 「县教育局」
  return key;
}

/** Whether two names denote the same unit for certain (in the county the names are written in). */
export function sameUnit(a: string, b: string, county: string | null = countyOf([a, b])): boolean {
  return countyKey(a, county) === countyKey(b, county);
}

/** Whether `short` is `long` with characters left out (「经开区管委会」 in 「经济开发区管委会」). */
function within(short: string, long: string): boolean {
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}

/** Keys compared for a probable match: with and without the short forms folded. */
function forms(name: string, county: string | null): string[] {
  const raw = cleanLine(name).normalize("NFKC").replace(/[\s\p{P}\p{S}]+/gu, "");
  const keyed = countyKey(name, county);
  const bare = county && raw.startsWith(county) ? raw.slice(county.length) : raw;
  return [...new Set([keyed, bare])];
}

/**
 * Not the same for certain, but alike enough that the reviewer should look: one written inside the other
 * with the same last character (「经开区管委会」/「经济技术开发区管委会」, 「教育局」/「教育体育局」), or the
 * same but 乡/镇 (a 乡 become a 镇).
 */
export function probablySame(a: string, b: string, county: string | null): boolean {
  if (sameUnit(a, b, county)) return false;
  for (const x of forms(a, county)) {
    for (const y of forms(b, county)) {
      if (x.replace(/乡$/, "镇") === y.replace(/乡$/, "镇")) return true;
      const [s, l] = x.length <= y.length ? [x, y] : [y, x];
      if (s.length >= 3 && s.at(-1) === l.at(-1) && within(s, l)) return true;
    }
  }
  return false;
}
