// The generated corpus (test-support/registers): for many seeds, in every form (Excel and WPS .xlsx, UTF-8 and
// GBK CSV, a pasted block), with title rows, one- and two-line merged headers, blank rows, mixed date forms,
// free-text categories, cases spanning the year boundary, withdrawn applications and rows that cannot be
// counted, 表三/表四 come out cell by cell as the generator's own case list says, every uncounted row is listed
// with its exact reason, and nothing from a private column reaches anything the core returns.
import { describe, expect, it } from "vitest";
import { generateRegister, type Generated } from "../../test-support/registers/generate";
import { proposeMapping, readPastedRegister, readRegisterFile, tallyRegister } from "./index";

const FORMS = ["xlsx", "wps", "csv-utf8", "csv-gbk", "paste"] as const;
const nonZero = <T>(rec: Record<string, T[] | number>) =>
  Object.fromEntries(Object.entries(rec).filter(([, v]) => (Array.isArray(v) ? v.length > 0 : v !== 0)));

async function countGenerated(g: Generated) {
  const sheets = g.form === "paste" ? [readPastedRegister(g.text)] : await readRegisterFile(g.bytes, g.fileName);
  const proposal = proposeMapping(sheets, g.kind);
  const sheet = sheets.find((s) => s.name === proposal.layout.sheet)!;
  return { proposal, tally: tallyRegister(sheet, proposal.layout, proposal.mapping, g.year) };
}

describe.each(["requests", "appeals"] as const)("generated %s registers", (kind) => {
  const seeds = Array.from({ length: 30 }, (_, i) => i + 1);
  it.each(seeds)("seed %i: every cell, every uncounted row and its reason", async (seed) => {
    const g = await generateRegister({ seed, kind, form: FORMS[seed % FORMS.length] });
    const { proposal, tally } = await countGenerated(g);
    expect(proposal.layout.headerRows.length, "header lines").toBe(g.twoLineHeader ? 2 : 1);
    expect(nonZero(tally.counts)).toEqual(g.expected.counts);
    expect(nonZero(tally.cases)).toEqual(g.expected.cases);
    expect(tally.uncounted).toEqual(g.expected.uncounted);
    expect([tally.rowsSeen, tally.rowsCounted]).toEqual([g.expected.rowsSeen, g.expected.rowsCounted]);
    const returned = JSON.stringify({ proposal, tally });
    for (const text of g.privateTexts) expect(returned, `private text ${text}`).not.toContain(text.split("\n")[0]);
  });
});

describe("the corpus covers what it claims", () => {
  it("has uncounted rows of every reason, withdrawn and carried-over cases, and both header shapes", async () => {
    const all = await Promise.all([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => generateRegister({ seed, kind: "requests" })));
    const reasons = all.flatMap((g) => g.expected.uncounted.map((u) => u.reason.replace(/^第 \d+ 行：/, "").replace(/「[^」]*」/g, "「…」")));
    expect(new Set(reasons)).toEqual(
      new Set([
        "收到日期为空",
        "收到日期「…」无法识别为日期",
        "申请人类型「…」尚未确定归入哪一类",
        "处理结果「…」尚未确定归入哪一类",
        "答复日期「…」早于收到日期「…」",
        "收到日期「…」在 2024 年之后，不属于本年度",
        "答复日期「…」在 2024 年以前，已在上年办结，不计入本年度",
      ]),
    );
    const cells = all.flatMap((g) => Object.keys(g.expected.counts));
    expect(cells.some((p) => p.startsWith("tables.requests.carriedOver."))).toBe(true);
    expect(cells.some((p) => p.startsWith("tables.requests.otherReason."))).toBe(true);
    expect(cells.some((p) => p.startsWith("tables.requests.carriedForward."))).toBe(true);
    expect(new Set(all.map((g) => g.twoLineHeader))).toEqual(new Set([true, false]));
  });
});
