// 审核台 (county desk): the data every part of lib/review/ hands to the next — the CLI (`nianbao review`),
// the /review page and its Web Worker, the workbook and the roll-up .docx. Plain, structured-clone-safe
// data (no functions, no class instances), so it crosses postMessage and is stored in IndexedDB as is.
import type { Report } from "../report/types";
import type { Issue } from "../rules/types";

/** One input file as a door hands it over (a .zip is expanded into these before review). */
export type ReviewFile = {
  /** The path as given (folder-relative inside a folder or zip, with the input's own name). */
  name: string;
  /** The row's identity when the name is taken in the batch already (file-identity.ts); else the name. */
  id?: string;
  bytes: Uint8Array;
  /** Set by a door that already knows the file cannot be read (a damaged .zip entry): the row's reason. */
  error?: string;
};

/** 通过 / 有错误 / 旧格式 / 无法读取 — the status column, in this order of precedence from the bottom up. */
export type ReviewStatus = "pass" | "errors" | "obsolete" | "unreadable";

/** 本年新收, 办理结果总计, 结转下年度, 行政复议 and 行政诉讼 totals (总计 column / 总计 cells). */
export type KeyFigures = {
  received: number | null;
  outcomeTotal: number | null;
  carriedForward: number | null;
  reconsiderationTotal: number | null;
  litigationTotal: number | null;
};

/** One row of 审核结果: one file, read and checked by the one rule engine (importFile + evaluate). */
export type ReviewEntry = {
  /** Stable within a batch (file path within the batch, e.g. 「乡镇/官庄镇.docx」 or 「2024.zip/官庄镇.pdf」). */
  id: string;
  fileName: string;
  size: number;
  status: ReviewStatus;
  /** Unit as written in the report ("" when unreadable or not found). */
  unit: string;
  unitKind: string;
  year: number | null;
  format: "gov-2021" | "gov-2019" | null;
  errors: number;
  warnings: number;
  figures: KeyFigures;
  issues: Issue[];
  /** The report as imported (absent when unreadable); kept for the preview, the roll-up and 在向导中打开修改. */
  report?: Report;
  /** Why the file could not be read, in Chinese (status "unreadable"). */
  error?: string;
  /** Share of prose repeated from last year's report, 0–1 (only when last year's report was paired). */
  repeatedShare?: number;
  /** What the importer found about the document (kept so a re-evaluation — cross-year — says the same). */
  findings?: Issue[];
  /** Id of last year's entry paired with this one (cross-year). */
  lastYearId?: string;
};

/** Roster matching (名单): who reported, who did not, who reported twice, who is not on the list. */
export type RosterResult = {
  /** Roster line → entry ids that matched it (0 = 未提交, ≥2 = duplicate). */
  matches: { name: string; entryIds: string[] }[];
  missing: string[];
  duplicates: { name: string; entryIds: string[] }[];
  notOnRoster: string[];
  /** Entries whose year differs from the batch year. */
  wrongYear: string[];
  /** A missing roster line and a report not on the roster whose names are alike: 「可能是…，请核对」. */
  probable: { name: string; entryId: string }[];
};

/** Why a report is left out of the roll-up (汇总). */
export type ExclusionReason = "obsolete" | "unreadable" | "wrong-year" | "duplicate";

/** The county roll-up: the three tables summed cell by cell in the format's tree; money as exact decimal text. */
export type RollUp = {
  year: number | null;
  tables: Report["tables"];
  /** tableErrors: errors in that report's own tables (values, 勾稽关系); it is summed as it is all the same. */
  included: { entryId: string; unit: string; tableErrors: number }[];
  excluded: { entryId: string; unit: string; reason: ExclusionReason }[];
  /** The roll-up's own check (the same evaluate, table families only). */
  issues: Issue[];
};

/** A whole batch after pairing with the roster and last year's reports. */
export type BatchReview = {
  year: number | null;
  entries: ReviewEntry[];
  roster?: RosterResult;
  rollUp: RollUp;
};
