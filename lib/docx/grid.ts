// GB/T 9704—2012 5.2.2 版心 156 mm × 225 mm and 7.1 「一般每面排22行，每行排28个字，并撑满版心」: the document
// grid (w:docGrid type="linesAndChars", ECMA-376 §17.6.5) and the lengths that depend on it.
import { TYPE_AREA_HEIGHT, TYPE_AREA_WIDTH } from "./paper";
import { SIZE } from "./units";

export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

/** Line pitch in twips: 225 mm / 22 = 28.99 pt, rounded down so 22 lines fit (579 twips = 28.95 pt, as Word guides set it). */
export const LINE_PITCH = Math.floor(TYPE_AREA_HEIGHT / LINES_PER_PAGE);

/** Character pitch in points: 156 mm / 28 = 15.793 pt, rounded down to 1/100 pt so that 28 fit (15.79 pt). */
export const CHAR_PITCH_PT = Math.floor((TYPE_AREA_WIDTH / 20 / CHARS_PER_LINE) * 100) / 100;

/** w:charSpace: the pitch minus the Normal style's size (3号 16 pt), in 1/4096 pt (ECMA-376 §17.6.5): −860. */
export const CHAR_SPACE = Math.round((CHAR_PITCH_PT - SIZE.san) * 4096);

/**
 * The character pitch LibreOffice derives from the same w:docGrid (writerfilter: the Normal size plus the whole
 * and the fractional points of charSpace, each rounded to 1/100 mm): 5.55 mm = 15.73 pt. Its grid lays a
 * character into as many cells as its width needs, so a 16 pt character would take two cells.
 */
export function libreOfficePitchTwips(normalPt = SIZE.san, charSpace = CHAR_SPACE): number {
  const mm100 = (twips: number) => Math.round((twips * 127) / 72);
  const whole = Math.floor(charSpace / 4096);
  const fraction = Math.floor(((charSpace - whole * 4096) * 20) / 4095);
  return ((mm100(normalPt * 20) + mm100(whole * 20) + mm100(fraction)) * 72) / 127;
}

/**
 * Grid characters are scaled to 98 % (w:w): 15.68 pt wide, within LibreOffice's 15.73 pt cell, so each takes one
 * cell and a line holds 28 (Word puts them on its own 15.79 pt pitch either way). The height stays 3号.
 */
export const GRID_SCALE = Math.floor((libreOfficePitchTwips() / 20 / SIZE.san) * 100);

/** 左空二字 on the grid: Word reads firstLineChars (2 grid characters); LibreOffice reads the twips, which stay
 * just under two of its cells, since it starts the first character in the next whole cell. */
export const INDENT_2_CHARS = { firstLineChars: 200, firstLine: Math.floor(2 * libreOfficePitchTwips()) - 1 };
