// The Node floor is true (issue #25): the lowest version package.json's engines admits satisfies the engines of
// every package the app, the server and the CLI run on (package-lock.json, dev tools aside: the release archive
// holds none of them). A dependency update that raises the floor fails here, naming the package.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import lock from "../package-lock.json";
import pkg from "../package.json";
import { lowestNode } from "./node-guard.mjs";

const semver = createRequire(import.meta.url)("semver") as { satisfies: (v: string, range: string) => boolean };
type Locked = { version?: string; dev?: boolean; optional?: boolean; engines?: { node?: string } | string[] };

describe("the Node floor", () => {
  const floor = lowestNode(pkg.engines.node).join(".");
  it("every runtime dependency accepts the lowest Node that package.json's engines admits", () => {
    const refuse = Object.entries(lock.packages as Record<string, Locked>)
      .filter(([p, info]) => p !== "" && !info.dev && !Array.isArray(info.engines) && info.engines?.node)
      .filter(([, info]) => !semver.satisfies(floor, (info.engines as { node: string }).node))
      .map(([p, info]) => `${p.replace(/.*node_modules\//, "")}@${info.version} (${(info.engines as { node: string }).node})`);
    expect(refuse).toEqual([]);
  });
  it("is 20.19 (entities 9, via parse5, wants >=20.19.0; docx's nanoid is held at 5, which docx bundles and never loads)", () => {
    expect(floor).toBe("20.19.0");
  });
});
