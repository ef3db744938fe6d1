// One comparison form for headers and values: no spaces or punctuation, full-width letters and digits folded,
// lower case. 「不予公开-国家秘密」, 「不予公开（国家秘密）」 and 「不予公开 国家秘密」 compare equal.
const PUNCTUATION = /[\s\u3000·・、，。：；！？,.:;!?'"“”‘’「」『』（）()【】[\]{}<>《》〈〉\-—–_/\\|~～*＊#＃]+/g;

export function fold(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

export function normalize(text: string): string {
  return fold(text).replace(PUNCTUATION, "").toLowerCase();
}

/** An official label without its numbering: 「1.属于国家秘密」 → 「属于国家秘密」, 「（二）部分公开」 → 「部分公开」. */
export function stripNumbering(label: string): string {
  return label.replace(/^\s*(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|\d+[.．、])\s*/, "");
}

/** A header without what is in brackets: 「答复日期（年/月/日）」 → 「答复日期」. */
export function stripBrackets(text: string): string {
  const bare = text.replace(/[（(【[][^）)】\]]*[）)】\]]/g, "");
  return bare.trim() ? bare : text;
}
