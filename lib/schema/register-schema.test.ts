// Report.register in the exchange format: a record of counts, row numbers, mapping and reasons is accepted;
// anything more (a register's rows, a name) or a path that is not a typed cell makes the report unreadable,
// as any unknown field does.
import { describe, expect, it } from "vitest";
import valid from "../../templates/gov-2021/fixtures/valid-report.json";
import { gov2021 } from "../../templates/gov-2021";
import { buildReportSchema } from "./build-schema";

const schema = buildReportSchema(gov2021);
const record = {
  mapping: { version: 1, kind: "requests", columns: [{ header: "申请人类型", role: "applicantType" }, { header: "申请人", role: "private" }], values: { applicantType: { 个人: "natural", 不详: null } } },
  year: 2024,
  counts: { "tables.requests.granted.natural": 12 },
  cases: { "tables.requests.granted.natural": [3, 4, 9] },
  uncounted: [{ rowNumber: 7, reason: "第 7 行：收到日期为空" }],
  countedAt: "2025-01-10T08:00:00.000Z",
  confirmedOverrides: ["tables.requests.granted.natural"],
};

describe("register in the report schema", () => {
  it("accepts counts, cases, mapping and reasons", () => {
    const parsed = schema.safeParse({ ...valid, register: { requests: record } });
    expect(parsed.success).toBe(true);
    expect(parsed.data?.register?.requests?.counts).toEqual(record.counts);
  });

  it.each([
    ["a register's rows", { ...record, rows: [["张某", "个人"]] }],
    ["a total cell", { ...record, counts: { "tables.requests.granted.total": 12 } }],
    ["a cell of another table", { ...record, confirmedOverrides: ["tables.appeals.review.upheld"] }],
    ["an unknown column role", { ...record, mapping: { ...record.mapping, columns: [{ header: "姓名", role: "name" }] } }],
  ])("refuses %s", (_, bad) => {
    expect(schema.safeParse({ ...valid, register: { requests: bad } }).success).toBe(false);
  });
});
