// Reading and writing a nested value by its dotted word path (see lib/format/cell-path).

export function getAt(root: unknown, segments: readonly string[]): unknown {
  let node: unknown = root;
  for (const key of segments) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

export function getPath(root: unknown, path: string): unknown {
  return getAt(root, path.split("."));
}

/** Returns a copy of root with the value at path replaced (objects on the way are copied). */
export function setPath<T>(root: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split(".");
  const obj = (root && typeof root === "object" ? root : {}) as Record<string, unknown>;
  if (head === undefined) return root;
  return { ...obj, [head]: rest.length ? setPath(obj[head], rest.join("."), value) : value } as T;
}
