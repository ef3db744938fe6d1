// Report.register (#24): what a register left in the report — counts, the row numbers behind each cell, the
// mapping and the reasons rows were not counted. Never a cell of the register itself: the shape admits no name,
// and every path is one of the table's typed cells.
import { z } from "zod";
import type { ReportFormat } from "../format/types";
import { tableCells } from "../format/cell-path";

const ROLES = ["applicantType", "received", "answered", "outcome", "reason", "withdrawn", "caseType", "filed", "closed", "result", "private", "ignored"] as const;
const FIELDS = ["applicantType", "outcome", "caseType", "result"] as const;
/** A register row number (LIMITS.registerRows rows at most). */
const rowNumber = z.number().int().min(1).max(1_000_000);

function typedPaths(format: ReportFormat, key: "requests" | "appeals"): [string, ...string[]] {
  const paths = tableCells(format.tables[key]).filter((d) => !d.rowTotal && !d.colTotal).map((d) => d.path);
  return paths as [string, ...string[]];
}

export function registerMappingSchema(kind: "requests" | "appeals") {
  const values = z.record(z.string().max(200), z.string().max(100).nullable());
  return z.strictObject({
    version: z.literal(1),
    kind: z.literal(kind),
    columns: z.array(z.strictObject({ header: z.string().max(400), role: z.enum(ROLES) })).max(200),
    values: z.strictObject(Object.fromEntries(FIELDS.map((f) => [f, values.optional()]))),
  });
}

function recordSchema(format: ReportFormat, kind: "requests" | "appeals") {
  const path = z.enum(typedPaths(format, kind));
  return z
    .strictObject({
      mapping: registerMappingSchema(kind).describe("列与取值的对应（按表头文字和取值文字，下一年度的台账可沿用）"),
      year: z.number().int().min(2008).max(2100),
      counts: z.partialRecord(path, z.number().int().min(0)).describe("各格来自台账的件数"),
      cases: z.partialRecord(path, z.array(rowNumber).max(1_000_000)).describe("各格所计的台账行号"),
      uncounted: z.array(z.strictObject({ rowNumber, reason: z.string().max(500) })).max(1_000_000).describe("未能计入的行及原因"),
      countedAt: z.iso.datetime({ offset: true }),
      confirmedOverrides: z.array(path).describe("与台账不符、已确认以填写数字为准的格"),
    })
    .optional();
}

export function registerSchema(format: ReportFormat) {
  return z
    .strictObject({ requests: recordSchema(format, "requests"), appeals: recordSchema(format, "appeals") })
    .optional()
    .describe("由登记台账生成的表三、表四：件数、行号、对应关系（不含台账中的任何姓名或内容）");
}
