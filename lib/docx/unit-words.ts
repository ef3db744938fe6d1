// Where a unit name may break between words (GB/T 9704—2012 7.3.1: 回行时，要做到词意完整): after a place name
// (…省 …市 …县 …区 …镇 …乡 …街道 …旗), before and after an organ (人民政府, 办公室, 委员会, …), around brackets and 「、」.
// A dictionary word splitter gets unit names wrong (「示例|县城|关|镇」, 「办公|室」), so the rule is ours.

const PLACE_SUFFIX = /自治区|自治州|自治县|街道|地区|[省市县区旗盟州镇乡]/g;
/** The suffix character starts a word: 市场, 市民, 区域, 县域, 乡村, 省直. */
const WORD_START = /^(?:市[场民政容辖监]|区[域划]|县[域志]|乡[村镇]|省直)/;
/** Another suffix follows, so this one is inside the place name: 杭州|市, 通州|区. */
const SUFFIX_NEXT = /^[市区县](?![场民政容辖监域划志])/;
const ORGANS = ["人民代表大会", "人民政府", "人民法院", "人民检察院", "管理委员会", "委员会", "管委会", "街道办事处", "办事处", "办公室"];

function organSpans(name: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const organ of ORGANS) {
    for (let i = name.indexOf(organ); i >= 0; i = name.indexOf(organ, i + 1)) spans.push([i, i + organ.length]);
  }
  return spans;
}

/** Indices (1 … length−1, in code units) at which `name` may break between two lines. */
export function unitWordBreaks(name: string): number[] {
  const at = new Set<number>();
  const organs = organSpans(name);
  for (const [from, to] of organs) at.add(from).add(to);
  for (const m of name.matchAll(/[（(]/g)) at.add(m.index);
  for (const m of name.matchAll(/[）)、]/g)) at.add(m.index + 1);
  // A suffix character needs a place name before it, since the last boundary (镇江, 市中区, 「（县…」).
  const starts = [...at, ...[...name.matchAll(/[（(]/g)].map((m) => m.index + 1)];
  let segment = 0;
  for (const m of name.matchAll(PLACE_SUFFIX)) {
    const end = m.index + m[0].length;
    segment = Math.max(segment, ...starts.filter((s) => s <= m.index));
    if (m.index <= segment || WORD_START.test(name.slice(m.index)) || SUFFIX_NEXT.test(name.slice(end))) continue;
    at.add(end);
    segment = end;
  }
  // Never inside an organ word (「人民|政府」, 「街道|办事处」, 「管理|委员会」).
  const inside = (i: number) => organs.some(([from, to]) => i > from && i < to);
  return [...at].filter((i) => i > 0 && i < name.length && !inside(i)).sort((a, b) => a - b);
}
