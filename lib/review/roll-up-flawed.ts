// The reports a 汇总 sums although their own tables have errors (roll-up.ts counts them): named by the
// page, the workbook, the CLI and the roll-up .docx. Its own file, so the page's 汇总 view does not load
// the rule engine for it.
import type { RollUp } from "./types";

export const flawedOf = (rollUp: RollUp) => rollUp.included.filter((i) => i.tableErrors > 0);
