import { describe, expect, it } from "vitest";
import { gov2021 } from "../../templates/gov-2021";
import { emptyReport } from "../values/empty-report";
import { setPath } from "../values/object-path";
import { evaluate } from "../rules/evaluate";
import { withTotals } from "../grid/totals";
import type { Report } from "../report/types";
import { createIssueStore } from "./issue-store";
import { revealedIssues } from "./reveal";

const R = "tables.requests";
const none = { left: new Set<string>(), checked: new Set<string>(), all: false };

/** As the wizard holds it: the typed cells changed, every total computed. */
function report(changes: Record<string, unknown>): Report {
  return withTotals(Object.entries(changes).reduce((r, [p, v]) => setPath(r, p, v), emptyReport(gov2021, { unitKind: "township" })), gov2021);
}

describe("what is revealed", () => {
  const r = report({ [`${R}.granted.natural`]: "abc", [`${R}.received.business`]: 4 });
  const issues = evaluate(r);
  const rules = (reveal: typeof none) => revealedIssues(gov2021, issues, reveal).map((i) => i.rule);

  it("nothing on arrival, though the blank report has errors", () => {
    expect(issues.some((i) => i.severity === "error")).toBe(true);
    expect(rules(none)).toEqual([]);
  });
  it("a field's own error once the clerk has left it; an empty field's 「请填写」 waits for 下一步", () => {
    expect(rules({ ...none, left: new Set([`${R}.granted.natural`, "unit.name"]) })).toEqual(["value.unparseable"]);
  });
  it("every problem of a step once 下一步 was pressed there, the balance included", () => {
    const shown = rules({ ...none, checked: new Set(["requests"]) });
    expect(shown).toContain("requests.balance");
    expect(shown).toContain("value.unparseable");
    expect(shown).not.toContain("content.unit-name");
  });
  it("everything once 检查与预览 was reached", () => {
    expect(rules({ ...none, all: true })).toEqual(issues.map((i) => i.rule));
  });
});

describe("the issue store", () => {
  it("step badges: no 有问题 before the clerk left a broken field or pressed 下一步", () => {
    const store = createIssueStore(gov2021);
    const r = report({ [`${R}.granted.natural`]: "abc" });
    store.visit("basics");
    store.visit("requests");
    store.set(evaluate(r), r);
    expect(store.get().statuses.basics).toBe("进行中");
    expect(store.get().statuses.requests).toBe("进行中");
    expect(store.get().byCell.size).toBe(0);

    let calls = 0;
    store.subscribe(() => calls++);
    store.leave(`${R}.received.natural`); // a fine cell: nothing to publish
    expect(calls).toBe(0);
    store.leave(`${R}.granted.natural`);
    expect(calls).toBe(1);
    expect(store.get().statuses.requests).toBe("有问题");
    expect(store.get().byCell.get(`${R}.granted.natural`)).toMatch(/不是数字/);

    store.check("basics");
    expect(store.get().statuses.basics).toBe("有问题");
    expect(store.get().byCell.has("unit.name")).toBe(false); // listed, not shown in red beside the empty field
    expect(store.get().shown.some((i) => i.rule === "content.unit-name")).toBe(true);
  });
  it("updates live: a fixed cell's message and badge go away at the next evaluation", () => {
    const store = createIssueStore(gov2021);
    const bad = report({ [`${R}.granted.natural`]: "abc", "unit.name": "某镇人民政府" });
    store.visit("requests");
    store.check("requests");
    store.set(evaluate(bad), bad);
    expect(store.get().statuses.requests).toBe("有问题");
    const fixed = withTotals(setPath(bad, `${R}.granted.natural`, 3), gov2021);
    store.set(evaluate(fixed), fixed);
    expect(store.get().byCell.size).toBe(0);
    expect(store.get().shown.filter((i) => i.severity === "error" && i.cells[0]?.startsWith(R)).map((i) => i.message)).toEqual([
      "表三·自然人列：一+二 = 0，（七）总计+四 = 3，相差 3",
      "表三·总计列：一+二 = 0，（七）总计+四 = 3，相差 3",
    ]);
  });
});
