// 审核台 end to end on a generated county (test-support/generated-county.ts): 60 files → one row each, the
// roster result, the cross-year findings, the roll-up and the workbook, every expectation computed from the
// generator's inputs (never from the code under test).
import { beforeAll, describe, expect, it } from "vitest";
import { readPdfNode } from "../import/readers/pdf/read-pdf-node";
import type { Report, TableValues } from "../report/types";
import { getPath } from "../values/object-path";
import { generateCounty, YEAR, type County, type Want } from "../../test-support/generated-county";
import { hasLibreOffice } from "../../test-support/libreoffice";
import { readXlsx } from "../../test-support/xlsx-reader";
import { parseRoster } from "./roster";
import { reviewBatch } from "./review-batch";
import { reviewFile } from "./review-file";
import type { BatchReview, ReviewEntry } from "./types";
import { buildWorkbook } from "./workbook";

let county: County;
let entries: ReviewEntry[];
let batch: BatchReview;

const T = "tables.requests";
/** Key figures read straight from a generated report (the generator's input). */
const figuresOf = (r: Report) => ({
  received: getPath(r, `${T}.received.total`),
  outcomeTotal: getPath(r, `${T}.outcomeTotal.total`),
  carriedForward: getPath(r, `${T}.carriedForward.total`),
  reconsiderationTotal: getPath(r, "tables.appeals.review.total"),
  litigationTotal: (getPath(r, "tables.appeals.direct.total") as number) + (getPath(r, "tables.appeals.afterReview.total") as number),
});

describe.skipIf(!hasLibreOffice())("a generated county of 60 files", () => {
  beforeAll(async () => {
    county = await generateCounty();
    entries = [];
    for (const f of county.files) entries.push(await reviewFile(f, readPdfNode));
    const lastYear: ReviewEntry[] = [];
    for (const f of county.lastYear.files) lastYear.push(await reviewFile(f, readPdfNode));
    batch = reviewBatch(entries, { lastYear, roster: await parseRoster(county.roster) });
  }, 120_000);

  const byKind = (kind: Want["kind"]) => county.want.filter((w) => w.kind === kind);
  const entry = (w: Want) => batch.entries.find((e) => e.id === w.name)!;

  it("has 60 files and one row per file, in the order given", () => {
    expect(county.files).toHaveLength(60);
    expect(entries.map((e) => e.id)).toEqual(county.want.map((w) => w.name));
  });

  it("every readable row: unit, kind, year, format and key figures as generated", () => {
    for (const w of county.want.filter((x) => x.report)) {
      const e = entries.find((x) => x.id === w.name)!;
      expect({ unit: e.unit, kind: e.unitKind, year: e.year, format: e.format, figures: e.figures }, w.name).toEqual({
        unit: w.unit!.name,
        kind: w.unit!.kind,
        year: w.year ?? YEAR,
        format: "gov-2021",
        figures: figuresOf(w.report!),
      });
    }
  });

  it("statuses before cross-year: 通过, 有错误 (two table errors each), 旧格式, 无法读取", () => {
    const status = (w: Want) => entries.find((x) => x.id === w.name)!;
    for (const w of [...byKind("valid"), ...byKind("pdf"), ...byKind("html"), ...byKind("not-on-roster"), ...byKind("wrong-year")]) {
      expect([w.name, status(w).status, status(w).errors, status(w).warnings]).toEqual([w.name, "pass", 0, 0]);
    }
    const broken = [...byKind("errors"), byKind("duplicate")[0]!];
    for (const w of broken) {
      const e = status(w);
      expect([w.name, e.status, e.issues.map((i) => i.rule).sort()]).toEqual([w.name, "errors", ["requests.balance", "requests.row-total"]]);
    }
    expect(status(byKind("duplicate")[1]!).status).toBe("pass");
    const old = status(byKind("obsolete")[0]!);
    expect([old.status, old.format, old.unit, old.year]).toEqual(["obsolete", "gov-2019", byKind("obsolete")[0]!.unit!.name, YEAR]);
    expect(old.issues.some((i) => i.rule === "format.obsolete-2019" && i.severity === "error")).toBe(true);
    const bad = status(byKind("corrupt")[0]!);
    expect([bad.status, bad.unit, bad.year, bad.report]).toEqual(["unreadable", "", null, undefined]);
    expect(bad.error).toMatch(/[\u4e00-\u9fff]/);
  });

  it("roster: two units 未提交, the two units sent twice, one unit not on it, one report of another year", async () => {
    const r = batch.roster!;
    expect(batch.year).toBe(YEAR);
    expect(r.missing).toEqual(county.missing);
    const dup = byKind("duplicate");
    const firstFileOf = (w: Want) => county.want.find((x) => x.unit === w.unit && x.kind !== "duplicate" && x.kind !== "wrong-year")!.name;
    expect(r.duplicates).toEqual(dup.map((w) => ({ name: w.unit!.roster, entryIds: [firstFileOf(w), w.name] })));
    expect(r.notOnRoster).toEqual(byKind("not-on-roster").map((w) => w.name));
    expect(r.wrongYear).toEqual(byKind("wrong-year").map((w) => w.name));
    // Every roster line (the header skipped) with exactly that unit's files of this year.
    const roster = await parseRoster(county.roster);
    expect(roster).toEqual(county.units.map((u) => u.roster));
    for (const [i, u] of county.units.entries()) {
      const files = county.want.filter((w) => w.unit === u && w.kind !== "wrong-year").map((w) => w.name);
      expect(r.matches[i], u.roster).toEqual({ name: u.roster, entryIds: files });
    }
  });

  it("cross-year: the broken 结转 is an error with both values, 现行有效 a warning, repeated prose shown per report", () => {
    const paired = batch.entries.filter((e) => e.lastYearId);
    expect(paired.map((e) => e.id)).toEqual(county.lastYear.want.map((w) => county.want.find((x) => x.unit === w.unit && x.kind === "valid")!.name));
    const cross = (e: ReviewEntry) => e.issues.filter((i) => i.rule.startsWith("crossyear.") || i.rule.startsWith("text."));
    for (const e of paired) {
      const unit = county.want.find((w) => w.name === e.id)!.unit!;
      if (unit === county.brokenCarry) {
        expect(cross(e)).toHaveLength(1);
        const [i] = cross(e);
        expect([i!.rule, i!.severity, i!.cells]).toEqual(["crossyear.carry-over", "error", [`${T}.carriedOver.natural`, `lastYear.${T}.carriedForward.natural`]]);
        // this year's 上年结转 (fixture: 2) and last year's 结转下年度 (the generator broke it to 5), both in the message
        expect(i!.message).toContain(`= ${getPath(county.want.find((w) => w.name === e.id)!.report, `${T}.carriedOver.natural`)}`);
        expect(i!.message).toContain("= 5");
        expect(e.status).toBe("errors");
      } else if (unit === county.brokenInForce) {
        expect(cross(e).map((i) => [i.rule, i.severity])).toEqual([["crossyear.in-force", "warning"]]);
        expect(e.status).toBe("pass");
      } else if (unit === county.sameProse) {
        expect(cross(e).some((i) => i.rule === "text.repeated" && i.severity === "warning")).toBe(true);
        expect(cross(e).filter((i) => i.rule === "text.carried-over").every((i) => i.severity === "error")).toBe(true);
        expect(e.repeatedShare).toBeGreaterThanOrEqual(0.5);
      } else {
        expect([e.id, cross(e), e.status, e.repeatedShare]).toEqual([e.id, [], "pass", 0]);
      }
    }
    expect(batch.entries.filter((e) => !e.lastYearId).every((e) => e.repeatedShare === undefined)).toBe(true);
  });

  /** Σ of every number in the generated reports' tables (walking their JSON, not the format). */
  function sumInputs(reports: Report[]): unknown {
    const add = (a: TableValues | undefined, b: TableValues): TableValues =>
      Object.fromEntries(Object.entries(b).map(([k, v]) => [k, typeof v === "number" ? ((a?.[k] as number) ?? 0) + v : add(a?.[k] as TableValues, v as TableValues)]));
    let sum: TableValues | undefined;
    for (const r of reports) sum = add(sum, r.tables as unknown as TableValues);
    return sum;
  }

  it("roll-up: the included reports summed cell by cell; 万元 exact; its own balance check; who is left out and why", () => {
    const included = county.want.filter((w) => ["valid", "errors", "pdf", "html", "not-on-roster"].includes(w.kind));
    // Unit 3's extra file (a draft with errors) and unit 4's second copy are left out: fewer errors, then first.
    const kept = included;
    expect(batch.rollUp.included.map((i) => i.entryId)).toEqual(kept.map((w) => w.name));
    expect(batch.rollUp.excluded).toEqual([
      { entryId: byKind("duplicate")[0]!.name, unit: byKind("duplicate")[0]!.unit!.name, reason: "duplicate" },
      { entryId: byKind("duplicate")[1]!.name, unit: byKind("duplicate")[1]!.unit!.name, reason: "duplicate" },
      { entryId: byKind("wrong-year")[0]!.name, unit: byKind("wrong-year")[0]!.unit!.name, reason: "wrong-year" },
      { entryId: byKind("obsolete")[0]!.name, unit: byKind("obsolete")[0]!.unit!.name, reason: "obsolete" },
      { entryId: byKind("corrupt")[0]!.name, unit: "", reason: "unreadable" },
    ]);
    const want = sumInputs(kept.map((w) => w.report!)) as Record<string, TableValues>;
    // 行政事业性收费: (1000 + n) / 10000 万元 per unit, summed as integers of 0.0001 万元.
    const tenThousandths = kept.reduce((s, w) => s + 1000 + w.unit!.n, 0);
    want.proactive!.fees = { amount: `${Math.floor(tenThousandths / 10000)}.${String(tenThousandths % 10000).padStart(4, "0")}`.replace(/\.?0+$/, "") };
    expect(batch.rollUp.tables).toEqual(want);
    // The same, from the imported reports: the roll-up is the sum of its parts.
    const parts = batch.rollUp.included.map((i) => batch.entries.find((e) => e.id === i.entryId)!.report!);
    const fromParts = sumInputs(parts) as Record<string, TableValues>;
    expect({ ...batch.rollUp.tables, proactive: { ...batch.rollUp.tables.proactive, fees: null } }).toEqual({ ...fromParts, proactive: { ...fromParts.proactive, fees: null } });
    // Six reports with 一 one too many in 自然人: the county's 自然人 column and 一's row are off by 6.
    expect(batch.rollUp.issues.map((i) => i.rule).sort()).toEqual(["requests.balance", "requests.row-total"]);
    expect(batch.rollUp.issues.every((i) => i.message.includes("相差 6"))).toBe(true);
    // …and those six are named, each with its two table errors (row total and balance).
    const flawed = batch.rollUp.included.filter((i) => i.tableErrors > 0);
    expect(flawed.map((i) => i.entryId)).toEqual(byKind("errors").map((w) => w.name));
    expect(flawed.every((i) => i.tableErrors === 2)).toBe(true);
  });

  it("workbook, read back without exceljs: four sheets, one row per report, issues located in words, the roll-up with merged headers, 未提交", async () => {
    const sheets = readXlsx(await buildWorkbook(batch));
    expect(sheets.map((s) => s.name)).toEqual(["审核结果", "问题清单", "汇总", "未提交"]);
    const [results, issues, rollUp, missing] = sheets as [(typeof sheets)[0], (typeof sheets)[0], (typeof sheets)[0], (typeof sheets)[0]];
    expect(results.rows).toHaveLength(61);
    const head = results.rows[0]!;
    const col = (t: string) => head.indexOf(t);
    for (const w of county.want) {
      const row = results.rows.find((r) => r[col("文件")] === w.name)!;
      expect(row, w.name).toBeDefined();
      const status = { valid: "通过", pdf: "通过", html: "通过", "not-on-roster": "通过", "wrong-year": "通过", errors: "有错误", obsolete: "旧格式", corrupt: "无法读取", duplicate: "" }[w.kind];
      if (status && !entry(w).lastYearId) expect(row[col("状态")], w.name).toBe(status);
      if (w.report && w.kind !== "obsolete") expect(row[col("本年新收")], w.name).toBe(String(figuresOf(w.report).received));
    }
    const carry = batch.entries.find((e) => county.want.find((w) => w.name === e.id)?.unit === county.brokenCarry && e.lastYearId)!;
    const line = issues.rows.find((r) => r[1] === carry.fileName && r[3] === "crossyear.carry-over")!;
    expect(line.slice(0, 5)).toEqual([county.brokenCarry.name, carry.fileName, "错误", "crossyear.carry-over", "表三·二、上年结转政府信息公开申请数量·自然人"]);
    expect(issues.rows.filter((r) => r[0] !== "单位")).toHaveLength(batch.entries.reduce((n, e) => n + e.issues.length + (e.status === "unreadable" ? 1 : 0), 0));
    // 汇总: the three tables with merged header cells, and the county's 本年新收 total where 表三 puts it.
    expect(rollUp.merges.length).toBeGreaterThan(20);
    const receivedRow = rollUp.rows.find((r) => r[0] === "一、本年新收政府信息公开申请数量")!;
    expect(receivedRow.at(-1)).toBe(String(getPath(batch.rollUp.tables, "requests.received.total")));
    // Its list of the included: the six with table errors say so, the others say nothing.
    const noted = rollUp.rows.filter((r) => r[2] === "表格错误 2 处（按原数计入）").map((r) => r[1]);
    expect(noted).toEqual(byKind("errors").map((w) => w.name));
    expect(missing.rows.filter((r) => r[0] === "未提交").map((r) => r[1])).toEqual(county.missing);
  });
});
