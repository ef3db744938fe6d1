// Two tabs saved the same draft: merge field by field against what this tab last read (the base). A field
// only this tab changed takes this tab's value; one only the other tab changed keeps theirs; one both changed
// to different values keeps theirs and is named, so no write replaces what another tab changed unseen.
type Json = unknown;

const isObject = (v: Json): v is Record<string, Json> => v !== null && typeof v === "object" && !Array.isArray(v);
const same = (a: Json, b: Json) => JSON.stringify(a) === JSON.stringify(b);

export type Merged<T> = { value: T; conflicts: string[] };

function mergeAt(base: Json, mine: Json, theirs: Json, path: string, conflicts: string[]): Json {
  if (same(mine, theirs)) return theirs;
  if (same(base, mine)) return theirs;
  if (same(base, theirs)) return mine;
  if (isObject(mine) && isObject(theirs)) {
    const b = isObject(base) ? base : {};
    const keys = new Set([...Object.keys(mine), ...Object.keys(theirs)]);
    return Object.fromEntries([...keys].map((k) => [k, mergeAt(b[k], mine[k], theirs[k], path ? `${path}.${k}` : k, conflicts)]));
  }
  conflicts.push(path);
  return theirs;
}

export function threeWayMerge<T>(base: T, mine: T, theirs: T): Merged<T> {
  const conflicts: string[] = [];
  const value = mergeAt(base, mine, theirs, "", conflicts) as T;
  return { value, conflicts };
}
