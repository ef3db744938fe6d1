// GB/T 9704—2012 7.3.5.2 不加盖印章的公文: 在正文下空一行右空二字编排发文机关署名, 在发文机关署名下一行编排
// 成文日期, 首字比署名首字右移二字; 如成文日期长于发文机关署名, 应当使成文日期右空二字编排, 并相应增加发文机关
// 署名右空字数. Both lines are placed by left indents from the same measure, so the date's first character is
// two characters right of the name's first character whatever the name's length.
import { typicalEm } from "./measure";
import { TYPE_AREA_WIDTH } from "./paper";
import { SIZE, twipsFromPt } from "./units";

/** 一字 of 3号. */
const CHAR = twipsFromPt(SIZE.san);

/** How far the date's line may reach into the right margin: two characters. */
export const DATE_SLACK = 2 * CHAR;

export type SignatureLayout = { nameIndent: number; dateIndent: number };

/** Left indents (twips) of the name and the date lines in a line of `width` twips. */
export function signatureLayout(name: string, date: string, width = TYPE_AREA_WIDTH): SignatureLayout {
  const nameWidth = typicalEm(name) * CHAR;
  const dateWidth = typicalEm(date) * CHAR;
  // From the name's first character to the 右空二字 edge: the name itself, or the date two characters in.
  const span = Math.max(nameWidth, dateWidth + 2 * CHAR);
  const nameIndent = Math.max(0, Math.round(width - 2 * CHAR - span));
  return { nameIndent, dateIndent: nameIndent + 2 * CHAR };
}
