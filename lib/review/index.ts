// 审核台 (county desk) core: every door (the /review page's Web Worker, `nianbao review`) uses these.
// workbook.ts and roll-up-docx.ts are not re-exported: they pull in exceljs/docx, import() them on demand.
export type * from "./types";
export { reviewFile, type PdfReader } from "./review-file";
export { expandZips } from "./expand-zips";
export { parseRoster, matchRoster } from "./roster";
export { unitKey, sameUnit } from "./unit-key";
export { pairLastYear } from "./cross-year";
export { rollUp } from "./roll-up";
export { reviewBatch, batchYear } from "./review-batch";
export { REVIEW_COLUMNS, STATUS_NAMES, FORMAT_NAMES, EXCLUSION_NAMES, FIGURE_NAMES, unitKindName } from "./columns";
export { locationOf } from "./location";
export { addDecimals } from "./decimal";
