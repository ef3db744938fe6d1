// How much of this year's prose repeats last year's: sentence by sentence, the same sentence or a nearly
// identical one (numbers and years ignored; character-bigram Dice ≥ 0.85), counted in characters.
const SENTENCE_END = /[。！？；!?;\n]+/;
const MIN_CHARS = 8;
const NEAR = 0.85;

/** A sentence as compared: no spaces or punctuation, every number the same token. */
export function normaliseSentence(s: string): string {
  return s
    .replace(/[\s\p{P}\p{S}]+/gu, "")
    .replace(/[0-9０-９]+/g, "#");
}

function sentences(text: string): string[] {
  return text
    .split(SENTENCE_END)
    .map(normaliseSentence)
    .filter((s) => s.length >= MIN_CHARS);
}

function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}

function dice(a: Set<string>, b: Set<string>): number {
  let common = 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const g of small) if (large.has(g)) common++;
  return (2 * common) / (a.size + b.size || 1);
}

type Index = { exact: Set<string>; grams: { len: number; set: Set<string> }[] };

function indexOf(texts: string[]): Index {
  const all = texts.flatMap(sentences);
  return { exact: new Set(all), grams: all.map((s) => ({ len: s.length, set: bigrams(s) })) };
}

function isRepeated(s: string, last: Index): boolean {
  if (last.exact.has(s)) return true;
  const own = bigrams(s);
  return last.grams.some((g) => g.len >= s.length * 0.7 && g.len <= s.length / 0.7 && dice(own, g.set) >= NEAR);
}

export type RepeatedShare = { repeated: number; total: number; byText: number[] };

/** Characters of this year's sentences (per text and in all) and how many of them repeat last year's. */
export function repeatedShare(texts: string[], lastTexts: string[]): RepeatedShare {
  const last = indexOf(lastTexts);
  let repeated = 0;
  let total = 0;
  const byText = texts.map((t) => {
    let n = 0;
    for (const s of sentences(t)) {
      total += s.length;
      if (isRepeated(s, last)) n += s.length;
    }
    repeated += n;
    return n;
  });
  return { repeated, total, byText };
}
