// Walking row/column trees: leaves with their word ids, depth, leaf counts.
import type { AxisNode } from "./types";

export type Leaf = {
  /** Word id, unique on its axis: namespace keys + own key, e.g. 「review.upheld」. */
  id: string;
  node: AxisNode;
  /** Ancestors from the root down (not including the leaf). */
  ancestors: AxisNode[];
};

export function leaves(nodes: readonly AxisNode[], ancestors: AxisNode[] = []): Leaf[] {
  return nodes.flatMap((node) => {
    if (!node.children) {
      const prefix = ancestors.filter((a) => a.namespace).map((a) => a.key);
      return [{ id: [...prefix, node.key].join("."), node, ancestors }];
    }
    return leaves(node.children, [...ancestors, node]);
  });
}

export function depth(nodes: readonly AxisNode[]): number {
  return nodes.reduce((max, n) => Math.max(max, 1 + (n.children ? depth(n.children) : 0)), 0);
}

export function leafCount(node: AxisNode): number {
  return node.children ? node.children.reduce((sum, c) => sum + leafCount(c), 0) : 1;
}
