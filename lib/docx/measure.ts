// Text widths in em, without a font at hand: Chinese characters and full-width forms are one em in every
// Chinese font. For the rest two measures: `typicalEm` is what Times New Roman gives (digits half an em), for
// placing text; `maxEm` is an upper bound over realistic fonts (DejaVu's digits are 0.636 em, the widest seen),
// for deciding what fits on a line, so that no font can make a number or a title line wrap.
const DIGIT_MAX = 0.64;

const isWide = (cp: number) =>
  (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
  (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
  (cp >= 0xffe0 && cp <= 0xffe6) || cp >= 0x1f000;

function width(text: string, digit: number, other: number): number {
  let em = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    em += isWide(cp) ? 1 : cp >= 0x30 && cp <= 0x39 ? digit : cp === 0x20 ? 0.25 : other;
  }
  return em;
}

/** Upper bound of the width in em: digits 0.64, other narrow characters a full em. */
export const maxEm = (text: string) => width(text, DIGIT_MAX, 1);

/** Width in em as Times New Roman and a Chinese font set it: digits and Latin letters about half an em. */
export const typicalEm = (text: string) => width(text, 0.5, 0.5);
