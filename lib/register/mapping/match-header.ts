// A header → its column role. A two-line header 「申请人情况·类型」 is judged by its lower line first, then its
// upper (a column merged down both lines has the same text in each). Unknown headers are "ignored", unsure.
import type { ColumnRole, RegisterKind } from "../types";
import { HEADER_SYNONYMS } from "./column-synonyms";
import { normalize, stripBrackets } from "./normalize";

export type HeaderMatch = { role: ColumnRole; sure: boolean; known: boolean };

const exactCache = new Map<RegisterKind, Map<string, ColumnRole>>();

function exactOf(kind: RegisterKind): Map<string, ColumnRole> {
  let map = exactCache.get(kind);
  if (!map) {
    map = new Map();
    for (const s of HEADER_SYNONYMS[kind]) for (const e of s.exact) if (!map.has(normalize(e))) map.set(normalize(e), s.role);
    exactCache.set(kind, map);
  }
  return map;
}

function matchPart(kind: RegisterKind, part: string): HeaderMatch | null {
  const text = normalize(stripBrackets(part));
  if (!text) return null;
  const exact = exactOf(kind).get(text);
  if (exact) return { role: exact, sure: true, known: true };
  for (const s of HEADER_SYNONYMS[kind]) if (s.parts.some((p) => text.includes(normalize(p)))) return { role: s.role, sure: false, known: true };
  return null;
}

/** Parts of a header, lower line first: 「申请人情况·类型」 → 「类型」, 「申请人情况」. */
export function headerParts(header: string): string[] {
  return header.split("·").reverse();
}

export function matchHeader(kind: RegisterKind, header: string): HeaderMatch {
  for (const part of headerParts(header)) {
    const m = matchPart(kind, part);
    if (m) return m;
  }
  return { role: "ignored", sure: header.trim() === "", known: false };
}
