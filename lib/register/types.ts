// 台账 → 表三/表四 (#24): the contract between the register core (lib/register) and the wizard
// (components/register). Registers hold applicants' names: nothing here carries a name. Only counts,
// source row numbers and the mapping are ever stored (with the draft and in the data file).

/** 表三 from the 政府信息公开申请登记台账; 表四 from the 行政复议/行政诉讼 register. */
export type RegisterKind = "requests" | "appeals";

/** One worksheet as read: every cell as trimmed, cleaned text; a cell the file typed as a date is ISO 「2024-03-05」. */
export type RegisterSheet = {
  name: string;
  /** rowNumber is the 1-based row in the file (what the clerk sees in Excel/WPS). Blank rows are kept. */
  rows: { rowNumber: number; cells: string[] }[];
};

/**
 * What a column means. "private" columns (申请人姓名/名称, 证件号, 电话, 地址, 申请内容…) are recognised only
 * to be left out: their cells are never copied anywhere.
 */
export type RequestColumnRole = "applicantType" | "received" | "answered" | "outcome" | "reason" | "withdrawn";
export type AppealColumnRole = "caseType" | "filed" | "closed" | "result";
export type ColumnRole = RequestColumnRole | AppealColumnRole | "private" | "ignored";

/** Where the table sits in the sheet: title rows above, one or two header rows (merged cells filled across). */
export type RegisterLayout = { sheet: string; headerRows: number[]; firstDataRow: number; headers: string[] };

export type ColumnChoice = { index: number; header: string; role: ColumnRole; sure: boolean; note?: string };

/**
 * Category keys, the format's own: applicant column keys of 表三 ("natural", "business", …, "otherOrg");
 * outcome row keys as paths under 三 ("granted", "partlyGranted", "withheld.stateSecret", …,
 * "otherHandling.otherReason"); 表四 groups ("review" | "direct" | "afterReview") and results
 * ("upheld" | "corrected" | "otherResult" | "pending"). null = not decided (the clerk must choose).
 */
export type CategoryKey = string;

/** The fields whose free-text values are mapped to categories. */
export type ValueField = "applicantType" | "outcome" | "caseType" | "result";

/** One distinct value found in a mapped column, with its proposed category; the clerk confirms or fixes it. */
export type ValueChoice = { value: string; count: number; category: CategoryKey | null; sure: boolean; note?: string };

/** Serialisable; kept with the draft and offered again for next year's register. */
export type RegisterMapping = {
  version: 1;
  kind: RegisterKind;
  /** By header text, so next year's register with the same headers maps again. */
  columns: { header: string; role: ColumnRole }[];
  values: Partial<Record<ValueField, Record<string, CategoryKey | null>>>;
};

/** What proposeMapping offers for confirmation. */
export type RegisterProposal = {
  layout: RegisterLayout;
  columns: ColumnChoice[];
  values: Partial<Record<ValueField, ValueChoice[]>>;
  mapping: RegisterMapping;
};

/** A row that could not be counted, with the reason in Chinese (never guessed, never dropped silently). */
export type UncountedRow = { rowNumber: number; reason: string };

export type TallyResult = {
  kind: RegisterKind;
  year: number;
  /** Typed (non-total) cells only: report-relative cell path 「tables.requests.granted.natural」 → count. */
  counts: Record<string, number>;
  /** The same paths → the source row numbers counted there (the cell's cases). */
  cases: Record<string, number[]>;
  uncounted: UncountedRow[];
  /** Data rows seen (blank rows excluded) and rows counted. */
  rowsSeen: number;
  rowsCounted: number;
};

/** Stored with the report (Report.register): the counts and the mapping, never the register itself. */
export type RegisterRecord = {
  mapping: RegisterMapping;
  year: number;
  counts: Record<string, number>;
  cases: Record<string, number[]>;
  uncounted: UncountedRow[];
  /** ISO time the register was last counted into the table. */
  countedAt: string;
  /** Cell paths whose typed figure differs from the register and the clerk confirmed keeping it. */
  confirmedOverrides: string[];
};

export type ReportRegister = Partial<Record<RegisterKind, RegisterRecord>>;

/** Reloading a changed register: what moved, cell by cell. */
export type TallyChange = { path: string; before: number; after: number };
