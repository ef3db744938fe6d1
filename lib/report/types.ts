// The exchange format (one JSON document per report). See docs/exchange-format.md.
import type { ReportRegister } from "../register/types";
export const SCHEMA_VERSION = 1;

/** A stored cell: a number, raw text still to be read (kept so nothing typed is lost), or blank. */
export type CellValue = number | string | null;

export type TableValues = { [key: string]: CellValue | TableValues };

export type ProseSection = { text: string; parts: Record<string, string> };

export type InfoFee = { status: "unknown" | "not-collected" | "collected"; amountYuan: CellValue };

export type Report = {
  schemaVersion: typeof SCHEMA_VERSION;
  format: "gov-2021";
  unit: { name: string; kind: string };
  year: number;
  /** 成文/发布日期, ISO 「2022-01-24」, printed at the end as 「2022年1月24日」. */
  publishedOn: string;
  contact: { department: string; address: string; postcode: string; phone: string; email: string; website: string };
  /** Opening paragraph(s) before 一、 (basis, statistics period, where to download). */
  preamble: string;
  prose: Record<string, ProseSection>;
  infoFee: InfoFee;
  tables: { proactive: TableValues; requests: TableValues; appeals: TableValues };
  /** Last year's values, for cross-year checks (T3-6), and its prose (text carried over or repeated). */
  lastYear?: {
    year?: number;
    tables: Partial<Report["tables"]>;
    prose?: Report["prose"];
    /** "report": read from last year's actual report (a carry-over mismatch is then an error, not a warning). */
    source?: "report";
  };
  /** Where the report came from and what could not be read (importers). */
  notes?: string[];
  /** 表三/表四 counted from the case register (#24): counts, row numbers, mapping — never the register's cells. */
  register?: ReportRegister;
};
