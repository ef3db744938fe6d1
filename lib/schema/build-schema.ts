// The exchange format's zod schema, built from the format data (cell paths and prose parts),
// so a label or cell added to templates/ is added here too.
import { z } from "zod";
import type { ReportFormat } from "../format/types";
import { cellDefs } from "../format/cell-path";
import { SCHEMA_VERSION } from "../report/types";
import { registerSchema } from "./register-schema";

/** A cell as stored: number, raw text still to be read, or blank. Rules judge the content. */
export const cellValueSchema = z
  .union([z.number(), z.string().max(200, "单元格内容过长（最多 200 个字符）"), z.null()])
  .describe("数字；原样保留的文字（由规则判断能否读成数字）；或 null 表示空格");

type Shape = { [key: string]: Shape | null };

function shapeOf(paths: string[][]): Shape {
  const root: Shape = {};
  for (const segs of paths) {
    let node = root;
    segs.forEach((s, i) => {
      if (i === segs.length - 1) node[s] = null;
      else node = (node[s] ??= {}) as Shape;
    });
  }
  return root;
}

function zodOf(shape: Shape, optional: boolean): z.ZodType {
  const entries = Object.entries(shape).map(([key, sub]) => {
    const inner = sub === null ? cellValueSchema.default(null) : zodOf(sub, optional).prefault({});
    return [key, optional ? inner.optional() : inner] as const;
  });
  return z.strictObject(Object.fromEntries(entries));
}

export function tablesSchema(format: ReportFormat, optional = false) {
  const paths = cellDefs(format).map((d) => d.segments.slice(1)); // drop leading "tables"
  return zodOf(shapeOf(paths), optional);
}

function proseSchema(format: ReportFormat) {
  const text = z.string().max(200_000, "文字过长（最多 20 万字）").default("");
  const sections = format.sections.filter((s) => !s.table);
  return z.strictObject(
    Object.fromEntries(
      sections.map((s) => [
        s.key,
        z
          .strictObject({
            text,
            parts: z.strictObject(Object.fromEntries((s.parts ?? []).map((p) => [p.key, text]))).prefault({}),
          })
          .prefault({}),
      ]),
    ),
  );
}

export function buildReportSchema(format: ReportFormat) {
  const str = (max: number) => z.string().max(max).default("");
  const unitKinds = format.unitKinds.map((k) => k.key) as [string, ...string[]];
  return z.strictObject({
    schemaVersion: z.literal(SCHEMA_VERSION).describe("交换格式版本"),
    format: z.literal("gov-2021").describe("报告格式：国办公开办函〔2021〕30号"),
    unit: z.strictObject({ name: str(100).describe("机关名称"), kind: z.enum(unitKinds).describe("单位类型") }),
    year: z.number().int().min(2008).max(2100).describe("报告年度"),
    publishedOn: z
      .union([z.literal(""), z.iso.date()])
      .default("")
      .describe("成文/发布日期（YYYY-MM-DD）"),
    contact: z.strictObject(Object.fromEntries(format.contactFields.map((f) => [f.key, str(f.maxLength)]))).prefault({}),
    preamble: z.string().max(200_000).default(""),
    prose: proseSchema(format).prefault({}),
    infoFee: z
      .strictObject({
        status: z.enum(["unknown", "not-collected", "collected"]).default("unknown"),
        amountYuan: cellValueSchema.default(null),
      })
      .default({ status: "unknown", amountYuan: null }),
    tables: tablesSchema(format),
    lastYear: z
      .strictObject({
        year: z.number().int().optional(),
        tables: tablesSchema(format, true),
        prose: proseSchema(format).optional().describe("上年报告的文字（用于发现未修改或雷同的段落）"),
        source: z.literal("report").optional().describe("“report”：上年数据取自上年报告本身（上年结转不符即为错误）"),
      })
      .optional()
      .describe("上年数据（用于跨年度核对）"),
    notes: z.array(z.string().max(2000)).optional().describe("导入说明：来源及未能识别的内容"),
    register: registerSchema(format),
  });
}
