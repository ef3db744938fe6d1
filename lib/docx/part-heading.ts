// GB/T 9704—2012 7.3.3 层次序数: a second-level heading carries 「（一）」「（二）」…. A part whose heading in the
// format has no ordinal (「工作考核、社会评议和责任追究结果情况」 under 一、) is printed with the next ordinal after
// the part before it (（五）监督保障 → （六）); the text itself stays the format's (templates/gov-2021).
import type { SectionDef } from "../format/types";

const DIGITS = "一二三四五六七八九";
const ORDINAL = /^（([一二三四五六七八九十]+)）/;

export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n - 1] ?? "";
  const tens = Math.floor(n / 10);
  return `${tens > 1 ? DIGITS[tens - 1] : ""}十${n % 10 ? DIGITS[(n % 10) - 1] : ""}`;
}

function ordinalValue(numeral: string): number {
  const [tens, units] = numeral.includes("十") ? numeral.split("十") : ["", numeral];
  const digit = (s: string | undefined) => (s ? DIGITS.indexOf(s) + 1 : 0);
  return numeral.includes("十") ? (tens ? digit(tens) : 1) * 10 + digit(units) : digit(units);
}

/** The printed heading of part `index` of `section`. */
export function partHeading(section: SectionDef, index: number): string {
  const heading = section.parts?.[index]?.heading ?? "";
  if (ORDINAL.test(heading) || index === 0) return heading;
  const before = ORDINAL.exec(partHeading(section, index - 1));
  return before ? `（${chineseNumeral(ordinalValue(before[1]!) + 1)}）${heading}` : heading;
}
