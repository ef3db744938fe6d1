// The browser floor is Chromium 86 (package.json browserslist; issue #22). Turbopack lowers the syntax; these are
// the few library calls the app and its dependencies make that Chromium 86 lacks, each installed only where it is
// missing: Array/String/TypedArray .at (Chromium 92; Next.js's router uses it), Object.hasOwn (93),
// structuredClone (98), Array.prototype.findLast/findLastIndex (97), Promise.withResolvers (119),
// AbortSignal.timeout (103). Loaded first by instrumentation-client.ts and by each Web Worker.
import { structuredClonePolyfill } from "./structured-clone";

type Target = typeof globalThis;

function define(owner: object, name: string, value: unknown): void {
  if (name in owner) return;
  Object.defineProperty(owner, name, { value, writable: true, configurable: true, enumerable: false });
}

function at(this: ArrayLike<unknown>, index: number): unknown {
  const i = Math.trunc(index) || 0;
  const k = i < 0 ? this.length + i : i;
  return k < 0 || k >= this.length ? undefined : this[k];
}

function findLast(this: unknown[], predicate: (v: unknown, i: number, a: unknown[]) => unknown, thisArg?: unknown): unknown {
  for (let i = this.length - 1; i >= 0; i--) if (predicate.call(thisArg, this[i], i, this)) return this[i];
  return undefined;
}

function findLastIndex(this: unknown[], predicate: (v: unknown, i: number, a: unknown[]) => unknown, thisArg?: unknown): number {
  for (let i = this.length - 1; i >= 0; i--) if (predicate.call(thisArg, this[i], i, this)) return i;
  return -1;
}

/** Installs what `target` lacks (the window or a worker's global scope); returns the names it installed. */
export function installPolyfills(target: Target = globalThis): string[] {
  const installed: string[] = [];
  const add = (label: string, owner: object | undefined, name: string, value: unknown) => {
    if (!owner || name in owner) return;
    define(owner, name, value);
    installed.push(label);
  };
  const typedArray = Object.getPrototypeOf(Int8Array.prototype) as object;
  add("Array.prototype.at", target.Array.prototype, "at", at);
  add("String.prototype.at", target.String.prototype, "at", function (this: string, i: number) {
    return at.call(String(this), i) as string | undefined;
  });
  add("TypedArray.prototype.at", typedArray, "at", at);
  add("Array.prototype.findLast", target.Array.prototype, "findLast", findLast);
  add("Array.prototype.findLastIndex", target.Array.prototype, "findLastIndex", findLastIndex);
  add("Object.hasOwn", target.Object, "hasOwn", (o: object, k: PropertyKey) => Object.prototype.hasOwnProperty.call(o, k));
  add("structuredClone", target, "structuredClone", structuredClonePolyfill);
  add("Promise.withResolvers", target.Promise, "withResolvers", function <T>(this: PromiseConstructor) {
    let resolve!: (v: T) => void;
    let reject!: (e: unknown) => void;
    const promise = new this<T>((res, rej) => ((resolve = res), (reject = rej)));
    return { promise, resolve, reject };
  });
  add("AbortSignal.timeout", target.AbortSignal, "timeout", (ms: number) => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new DOMException("signal timed out", "TimeoutError")), ms);
    return controller.signal;
  });
  return installed;
}

installPolyfills();
