// What Chromium 86 cannot parse (issue #22), found in a script's syntax tree: a chunk with any of it is a blank
// page or a dead worker there. Class static blocks (Chromium 94), `#x in obj` (91), top-level await (89),
// RegExp flags d (90) and v (112), import attributes (123). Everything else of ES2021 and class fields parse.
import { parse, type Node } from "acorn";

export type SyntaxFinding = { what: string; at: number };

type AnyNode = Node & Record<string, unknown>;

/** Every node under `node`, with whether it stands inside a function (where an await is an ordinary one). */
function* walk(node: unknown, inFunction = false): Generator<[AnyNode, boolean]> {
  if (!node || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (const n of node) yield* walk(n, inFunction);
    return;
  }
  const n = node as AnyNode;
  if (typeof n.type === "string") yield [n, inFunction];
  const inner = inFunction || (typeof n.type === "string" && n.type.includes("Function")); // a RegExp literal's `regex` has no type
  for (const [k, v] of Object.entries(n)) if (k !== "loc" && v && typeof v === "object") yield* walk(v, inner);
}

function findingOf(n: AnyNode): string | null {
  if (n.type === "StaticBlock") return "class static block (Chromium 94)";
  if (n.type === "BinaryExpression" && n.operator === "in" && (n.left as Node).type === "PrivateIdentifier") return "#x in obj (Chromium 91)";
  if (n.type === "Literal" && n.regex) {
    const flags = (n.regex as { flags: string }).flags;
    if (flags.includes("d")) return "RegExp flag d (Chromium 90)";
    if (flags.includes("v")) return "RegExp flag v (Chromium 112)";
  }
  if ((n.type === "ImportDeclaration" || n.type === "ExportNamedDeclaration" || n.type === "ExportAllDeclaration") && Array.isArray(n.attributes) && n.attributes.length > 0) return "import attributes (Chromium 123)";
  if (n.type === "ImportExpression" && n.options) return "import attributes (Chromium 123)";
  return null;
}

/** The syntax in `code` that Chromium 86 cannot parse; a script that parses only as a module is checked as one. */
export function syntaxBelowFloor(code: string): SyntaxFinding[] {
  let tree: Node;
  let isModule = false;
  try {
    tree = parse(code, { ecmaVersion: "latest", sourceType: "script" });
  } catch {
    tree = parse(code, { ecmaVersion: "latest", sourceType: "module" });
    isModule = true;
  }
  const found: SyntaxFinding[] = [];
  for (const [n, inFunction] of walk(tree)) {
    const what = isModule && !inFunction && n.type === "AwaitExpression" ? "top-level await (Chromium 89)" : findingOf(n);
    if (what) found.push({ what, at: n.start });
  }
  return found;
}
