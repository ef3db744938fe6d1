// The shape of an official report format (国办公开办函〔2021〕30号): plain data, no behaviour.

/** count = 件 (non-negative integer); amount = 万元 (non-negative decimal, ≤ 4 places). */
export type CellKind = "count" | "amount";

export type TableKey = "proactive" | "requests" | "appeals";

/** A node of a row or column tree. Keys are words, unique among the leaves of one axis. */
export type AxisNode = {
  key: string;
  /** The label exactly as in the official template. */
  label: string;
  /** Short name used in formulas, e.g. 「一」「（七）总计」 in 「一+二 = （七）总计+四」. */
  short?: string;
  /** Name that locates the node in a message when the label is long or ambiguous (defaults to label). */
  name?: string;
  children?: AxisNode[];
  /** When set, this leaf is the total of the listed sibling-axis leaves (see rules.ts). */
  total?: TotalDef;
  /** A group whose key becomes part of its leaves' ids (表四: review.upheld vs direct.upheld). */
  namespace?: boolean;
};

export type TotalDef = {
  /** Stable rule id reported when the total disagrees. */
  rule: string;
  /** Leaf ids (on the same axis) that add up to this total. */
  of: readonly string[];
  /** How the addends are named in a message, e.g. 「（一）至（六）各项之和」. */
  addendsLabel: string;
};

/** 表三 and 表四: one row tree × one column tree. */
export type GridTable = {
  type: "grid";
  key: TableKey;
  name: string; // 「表三」
  kind: CellKind;
  /** Text of the merged top-left block (表三's 勾稽关系 note); absent when there is no label column. */
  corner?: string;
  rows: AxisNode[];
  /** False for 表四: a single data row with no label column. */
  rowLabels: boolean;
  columns: AxisNode[];
};

/** One captioned block of 表二. */
export type StackedBlock = {
  key: string;
  caption: string; // 「第二十条第（一）项」
  headLabel: string; // 「信息内容」
  kind: CellKind;
  rows: AxisNode[];
  columns: AxisNode[];
};

/** 表二: blocks stacked in one table whose value columns are the widest block's. */
export type StackedTable = {
  type: "stacked";
  key: TableKey;
  name: string;
  valueColumns: number;
  blocks: StackedBlock[];
};

export type TableDef = GridTable | StackedTable;

export type ProsePart = {
  key: string;
  heading: string;
  guidance: string;
  /** Model paragraph with {unit} {year} {…} placeholders (插入参考段落). */
  model?: string;
  /** Shown (and required) only for 各级人民政府. */
  governmentOnly?: boolean;
  /**
   * An aspect the section must cover (format-2021.md §9 S-2/S-3): covered when this part is written or the
   * section's text names every one of these words. Parts without it are optional.
   */
  mentions?: string[];
};

export type SectionDef = {
  key: string;
  number: string; // 「一」
  heading: string; // 「一、总体情况」
  guidance: string;
  /** Model paragraph for a section written as one text (五). */
  model?: string;
  table?: TableKey;
  parts?: ProsePart[];
  /** A publishable report must have text here (一 and 五; 条例第五十条). */
  required?: boolean;
};

export type UnitKind = {
  key: string;
  label: string;
  /** 各级人民政府 (条例第五十条第（四）项: 工作考核、社会评议和责任追究结果情况). */
  isGovernment: boolean;
  /** Only 国务院部门、省级和设区的市级人民政府 may make 规章 (立法法). */
  canMakeRules: boolean;
  /** Above this many 万元 of fees, the amount probably was typed in 元. */
  feeWarnAbove: number;
};

/** One field of 联系方式 (report.contact). */
export type ContactField = {
  key: "department" | "address" | "postcode" | "phone" | "email" | "website";
  label: string;
  maxLength: number;
  /** A way to reach the unit: a publishable report gives at least one of these. */
  reachBy?: boolean;
};

export type ReportFormat = {
  id: string;
  name: string;
  sections: SectionDef[];
  contactFields: ContactField[];
  tables: Record<TableKey, TableDef>;
  unitKinds: UnitKind[];
  rules: FormatRules;
};

/** Rules that are not totals (totals live on the tree nodes). */
export type FormatRules = {
  balance: { rule: string; table: "requests"; left: string[]; right: string[] };
  inForceBound: { rule: string; rows: string[]; issued: string; repealed: string; inForce: string };
  rulesNotAllowed: { rule: string; row: string; insteadRow: string };
  feeUnit: { rule: string; row: string; column: string };
  carryOver: { rule: string; thisYear: string; lastYear: string };
  /** 表二 现行有效件数 from last year's (T2-2): the inForceBound rows and columns, another rule id. */
  inForceContinuity: { rule: string };
};
