// structuredClone for Chromium < 98 (issue #22: 360安全浏览器 13 runs Chromium 86). The app clones plain report
// data (objects, arrays, strings, numbers, booleans, null) and, in the county desk's batch, byte arrays; this
// clones those and the other types the HTML structured-clone algorithm keeps (Date, RegExp, Map, Set, ArrayBuffer,
// typed arrays, DataView, Blob/File as themselves), keeps shared and cyclic references, and throws a
// DataCloneError-like error for functions and symbols as the real one does.

type Seen = Map<unknown, unknown>;

function cloneBuffer(buffer: ArrayBuffer, seen: Seen): ArrayBuffer {
  const known = seen.get(buffer);
  if (known) return known as ArrayBuffer;
  const copy = buffer.slice(0);
  seen.set(buffer, copy);
  return copy;
}

function cloneView(view: ArrayBufferView, seen: Seen): ArrayBufferView {
  const buffer = cloneBuffer(view.buffer as ArrayBuffer, seen);
  if (view instanceof DataView) return new DataView(buffer, view.byteOffset, view.byteLength);
  const Ctor = view.constructor as new (b: ArrayBuffer, o: number, l: number) => ArrayBufferView;
  const length = view.byteLength / ((view as unknown as { BYTES_PER_ELEMENT: number }).BYTES_PER_ELEMENT ?? 1);
  return new Ctor(buffer, view.byteOffset, length);
}

function cloneInto(value: unknown, seen: Seen): unknown {
  if (typeof value === "function" || typeof value === "symbol") {
    throw new DOMException(`${String(value)} could not be cloned.`, "DataCloneError");
  }
  if (value === null || typeof value !== "object") return value;
  if (seen.has(value)) return seen.get(value);
  if (value instanceof Date) return new Date(value.getTime());
  if (value instanceof RegExp) return new RegExp(value.source, value.flags);
  if (value instanceof ArrayBuffer) return cloneBuffer(value, seen);
  if (ArrayBuffer.isView(value)) return cloneView(value, seen);
  if (typeof Blob !== "undefined" && value instanceof Blob) return value; // immutable: the same bytes
  if (value instanceof Map) {
    const out = new Map();
    seen.set(value, out);
    value.forEach((v, k) => out.set(cloneInto(k, seen), cloneInto(v, seen)));
    return out;
  }
  if (value instanceof Set) {
    const out = new Set();
    seen.set(value, out);
    value.forEach((v) => out.add(cloneInto(v, seen)));
    return out;
  }
  const out: Record<string, unknown> | unknown[] = Array.isArray(value) ? new Array(value.length) : {};
  seen.set(value, out);
  for (const key of Object.keys(value)) (out as Record<string, unknown>)[key] = cloneInto((value as Record<string, unknown>)[key], seen);
  return out;
}

export function structuredClonePolyfill<T>(value: T): T {
  return cloneInto(value, new Map()) as T;
}
