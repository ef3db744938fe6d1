// A free-text register value → a category, with `sure` only when nothing in the value is left unexplained:
// it equals a label or a synonym, or it is a group's label plus one of its leaves' (「不予公开-国家秘密」). A value
// that merely contains a word (「某某科技有限公司」, 「部分公开（部分涉及商业秘密）」) is proposed, not sure; a value
// that names only a group (「不予公开」) or nothing known is left null for the clerk.
import type { CategoryKey, ValueField } from "../types";
import { CATEGORIES } from "./categories";
import { normalize } from "./normalize";
import { FILLER, VALUE_SYNONYMS } from "./value-synonyms";

type Word = { word: string; key: CategoryKey; whole: boolean; group: boolean };
type Vocabulary = { words: Word[]; exact: Map<string, CategoryKey> };

const cache = new Map<ValueField, Vocabulary>();

function vocabulary(field: ValueField): Vocabulary {
  const hit = cache.get(field);
  if (hit) return hit;
  const words: Word[] = [];
  const exact = new Map<string, CategoryKey>();
  const leafKeys = new Set(CATEGORIES[field].map((c) => c.key));
  const add = (raw: string, key: CategoryKey, short = false) => {
    const whole = raw.startsWith("=") || (short && normalize(raw).length <= 2);
    const word = normalize(whole ? raw.slice(1) : raw);
    if (!word) return;
    if (leafKeys.has(key) && !exact.has(word)) exact.set(word, key);
    words.push({ word, key, whole, group: !leafKeys.has(key) });
  };
  for (const c of CATEGORIES[field]) {
    add(c.label, c.key);
    add(c.own, c.key, true); // 「其他」 counts only as the whole value
    if (c.group) {
      exact.set(normalize(c.group + c.own), c.key);
      add(c.group, c.key.split(".")[0]!);
    }
  }
  for (const [key, list] of Object.entries(VALUE_SYNONYMS[field])) for (const w of list) add(w, key);
  const v = { words, exact };
  cache.set(field, v);
  return v;
}

export type ValueMatch = { category: CategoryKey | null; sure: boolean };

function residue(text: string, found: Word[]): string {
  let rest = text;
  for (const w of [...found].sort((a, b) => b.word.length - a.word.length)) rest = rest.split(w.word).join("");
  for (const f of FILLER) rest = rest.split(f).join("");
  return rest;
}

export function matchValue(field: ValueField, value: string): ValueMatch {
  const text = normalize(value);
  if (!text) return { category: null, sure: false };
  const { words, exact } = vocabulary(field);
  const whole = exact.get(text) ?? words.find((w) => w.word === text && !w.group)?.key;
  if (whole) return { category: whole, sure: true };
  const found = words.filter((w) => !w.whole && text.includes(w.word));
  // A word inside a longer word that was also found says nothing of its own (「复议」 in 「复议后起诉」).
  const kept = found.filter((w) => !found.some((o) => o !== w && o.word.length > w.word.length && o.word.includes(w.word)));
  const leafs = kept.filter((w) => !w.group);
  const groups = new Set(kept.filter((w) => w.group).map((w) => w.key));
  const keys = [...new Set(leafs.map((w) => w.key))];
  if (keys.length === 0) return { category: null, sure: false };
  // 区分处理的，只计「部分公开」 (表三's own note): it wins over any reason that comes with it.
  if (keys.includes("partlyGranted")) return { category: "partlyGranted", sure: keys.length === 1 && residue(text, kept) === "" };
  const best = keys.length === 1 ? keys[0]! : [...leafs].sort((a, b) => b.word.length - a.word.length)[0]!.key;
  const groupOk = [...groups].every((g) => best === g || best.startsWith(g + "."));
  return { category: best, sure: keys.length === 1 && groupOk && residue(text, kept) === "" };
}

/** An outcome value that says the applicant withdrew. */
export function isWithdrawnValue(value: string): boolean {
  const text = normalize(value);
  return text.includes("撤回") || text.includes("撤销申请");
}
