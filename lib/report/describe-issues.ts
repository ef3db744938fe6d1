// Why a data file does not fit the exchange format, in Chinese a clerk can act on: where (the field as the
// wizard names it), what is wrong. Never zod's English, never a list of a thousand unknown keys.
import type { z } from "zod";
import type { ReportFormat } from "../format/types";
import { cellDefs, cellName, prosePath } from "../format/cell-path";

const NAMED: Record<string, string> = {
  schemaVersion: "交换格式版本（schemaVersion）",
  format: "报告格式（format）",
  unit: "机关信息",
  "unit.name": "机关名称",
  "unit.kind": "单位类型",
  year: "报告年度",
  publishedOn: "成文日期",
  contact: "联系方式",
  preamble: "开头段落",
  prose: "正文",
  infoFee: "信息处理费",
  "infoFee.status": "是否收取信息处理费",
  "infoFee.amountYuan": "信息处理费金额",
  tables: "表格",
  lastYear: "上年数据",
  notes: "导入说明",
};

/** A field as the wizard names it (「机关名称」「表三·（一）予以公开·自然人」), from its path in the data. */
export function fieldName(format: ReportFormat, path: readonly PropertyKey[]): string {
  const p = path.map(String).join(".");
  if (!p) return "数据文件";
  if (NAMED[p]) return NAMED[p]!;
  const own = p.startsWith("lastYear.") ? p.slice("lastYear.".length) : p;
  const prefix = own === p ? "" : "上年数据·";
  const cell = cellDefs(format).find((d) => d.path === own);
  if (cell) return prefix + cellName(cell);
  const row = cellDefs(format).find((d) => d.path.startsWith(`${own}.`));
  if (row) return prefix + [row.tableName, row.rowName].filter(Boolean).join("·");
  const contact = format.contactFields.find((f) => `contact.${f.key}` === p);
  if (contact) return contact.label;
  for (const s of format.sections) {
    if (p === prosePath(s.key)) return s.heading;
    const part = s.parts?.find((x) => p === prosePath(s.key, x.key));
    if (part) return `${s.heading}·${part.heading}`;
  }
  return p;
}

const TYPE_NAMES: Record<string, string> = { string: "文字", number: "数字", object: "一组字段", array: "列表", boolean: "是或否" };
const HAS_CJK = /[\u4e00-\u9fff]/;
const MAX_KEYS = 3;
/** A message our schema wrote (build-schema.ts), not zod's generic one with its English type names. */
const ours = (message: string) => HAS_CJK.test(message) && !/期望|无效输入/.test(message);

function what(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "unrecognized_keys": {
      const keys = issue.keys.slice(0, MAX_KEYS).map((k) => `“${k}”`).join("、");
      const more = issue.keys.length > MAX_KEYS ? ` 等 ${issue.keys.length} 个` : "";
      return `有无法识别的字段 ${keys}${more}，请确认这是年报助手导出的数据文件`;
    }
    case "invalid_type":
      return `缺少或类型不对，应为${TYPE_NAMES[issue.expected] ?? "规定的内容"}`;
    case "invalid_value":
      return "取值不在允许的范围内";
    case "invalid_format":
      return issue.format === "date" ? "日期应写成“2025-01-20”的形式" : "格式不对";
    case "too_big":
      return ours(issue.message) ? issue.message : `内容过长或数值过大（最多 ${String(issue.maximum)}）`;
    case "too_small":
      return ours(issue.message) ? issue.message : `数值过小（最小 ${String(issue.minimum)}）`;
    default:
      return ours(issue.message) ? issue.message : "内容不符合年报数据格式";
  }
}

/** The first few problems, one short clause each, then how many more. */
export function describeIssues(format: ReportFormat, issues: readonly z.core.$ZodIssue[]): string {
  const shown = issues.slice(0, 5).map((i) => `${fieldName(format, i.path)}：${what(i)}`);
  const more = issues.length > 5 ? `；另有 ${issues.length - 5} 处` : "";
  return shown.join("；") + more;
}
