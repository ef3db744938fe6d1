// Every script the build ships — pages, on-demand chunks (docx, exceljs, pdf.js's build for older browsers) and
// the workers' — parses in Chromium 86 (issue #22): the browser tests load the pages, this reads every chunk.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { syntaxBelowFloor } from "../lib/browser-floor/syntax-floor";

const staticDir = path.resolve(import.meta.dirname, "../.next/static");
const scripts = (readdirSync(staticDir, { recursive: true }) as string[]).filter((f) => /\.m?js$/.test(f));

describe("the build's scripts parse in Chromium 86", () => {
  it("finds the chunks", () => expect(scripts.length).toBeGreaterThan(10));
  it("no chunk holds syntax newer than Chromium 86", () => {
    const below = scripts.flatMap((f) => syntaxBelowFloor(readFileSync(path.join(staticDir, f), "utf8")).map((s) => `${f}@${s.at}: ${s.what}`));
    expect(below).toEqual([]);
  });
});
