// The catalogue is complete and true: every rule in it fires on its example, every id the examples
// produce is in it, messages never carry an id, and docs/rules.md is what the catalogue generates.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isCatalogued, ruleCatalogue } from "../lib/rules/catalogue";
import { RULE_EXAMPLES, exampleIssue, issuesOf } from "../test-support/rule-examples";
import { RULES_DOC, rulesDocText } from "./write-rule-catalogue";

const catalogue = ruleCatalogue();

describe("the rule catalogue", () => {
  it("has one entry per id and an example for every entry", () => {
    const ids = catalogue.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(RULE_EXAMPLES).sort()).toEqual([...ids].sort());
  });

  it.each(catalogue.map((r) => [r.id, r] as const))("%s fires on its example with its catalogued severity", (id, def) => {
    const issue = exampleIssue(id);
    expect(issue, id).toBeDefined();
    if (def.severity !== "error/warning") expect(issue!.severity).toBe(def.severity);
  });

  it("lists every id the examples produce; no message carries an id or a bracketed code", () => {
    const all = Object.values(RULE_EXAMPLES).flatMap((make) => issuesOf(make()));
    for (const i of all) {
      expect(isCatalogued(i.rule), i.rule).toBe(true);
      expect(i.message).not.toContain(i.rule);
      expect(i.message).not.toMatch(/\[[a-z.-]+\]/);
    }
  });

  it("docs/rules.md is up to date (npm run rules:doc)", () => {
    expect(readFileSync(RULES_DOC, "utf8")).toBe(rulesDocText());
  });
});
