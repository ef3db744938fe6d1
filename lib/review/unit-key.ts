// 名单 matching: the usual ways one unit is written — 全称/简称 (「官庄镇人民政府」「官庄镇政府」「官庄镇」),
// 街道办事处/街道办/街道, full-width letters and spaces, and a county prefix (「示例县官庄镇」) that a roster
// written inside the county leaves out.

const SUFFIXES: [RegExp, string][] = [
  [/人民政府$/, ""],
  [/政府$/, ""],
  [/街道办事处$/, "街道"],
  [/街道办$/, "街道"],
];

/** The name compared: NFKC (full-width → half-width), no spaces or punctuation, the suffix variants folded. */
export function unitKey(name: string): string {
  let key = name.normalize("NFKC").replace(/[\s\p{P}\p{S}]+/gu, "");
  for (const [re, to] of SUFFIXES) {
    const next = key.replace(re, to);
    if (next && next !== key) {
      key = next;
      break;
    }
  }
  return key;
}

/** 「××县」「××市××区」 in front: left out by a roster written inside the county (kept when little would remain). */
const PREFIX = /^[\u4e00-\u9fff]{0,8}?(?:自治县|自治州|省|市|县|区|旗)/;

export function bareKey(key: string): string {
  let bare = key;
  for (let m = PREFIX.exec(bare); m && bare.length - m[0].length >= 3; m = PREFIX.exec(bare)) bare = bare.slice(m[0].length);
  return bare;
}

/** Whether two names denote the same unit: the same key, or the same once a county prefix is dropped. */
export function sameUnit(a: string, b: string): boolean {
  const ka = unitKey(a);
  const kb = unitKey(b);
  return ka === kb || bareKey(ka) === bareKey(kb);
}
