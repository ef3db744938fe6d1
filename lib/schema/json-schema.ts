// JSON Schema of the exchange format, generated from the zod schema (committed as docs/report.schema.json).
import { z } from "zod";
import type { ReportFormat } from "../format/types";
import { buildReportSchema } from "./build-schema";

export function reportJsonSchema(format: ReportFormat): Record<string, unknown> {
  const schema = z.toJSONSchema(buildReportSchema(format), { io: "input", target: "draft-2020-12" }) as Record<string, unknown>;
  return { $id: "https://nianbao.local/report.schema.json", title: "年报助手 报告数据（交换格式）", ...schema };
}
