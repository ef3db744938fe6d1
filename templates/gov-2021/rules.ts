// 勾稽关系与提示规则（format-2021.md §9）。Totals are declared on the table trees; these are the rest.
import type { FormatRules } from "../../lib/format/types";

export const rules: FormatRules = {
  // 表三 勾稽关系 T3-1: 第一项加第二项之和，等于第三项加第四项之和（每一列）.
  balance: { rule: "requests.balance", table: "requests", left: ["received", "carriedOver"], right: ["outcomeTotal", "carriedForward"] },
  // 表二 (一)项: 现行有效件数 cannot be below 本年制发件数 − 本年废止件数.
  inForceBound: { rule: "proactive.in-force-bound", rows: ["rules", "normativeDocs"], issued: "issued", repealed: "repealed", inForce: "inForce" },
  // 表二 规章 row: only units that can make 规章.
  rulesNotAllowed: { rule: "proactive.rules-not-allowed", row: "rules", insteadRow: "normativeDocs" },
  // 表二 (八)项: amount in 万元 that looks like 元.
  feeUnit: { rule: "proactive.fee-unit", row: "fees", column: "amount" },
  // 表三 T3-6: 二、上年结转 = last year's 四、结转下年度继续办理 (per column).
  carryOver: { rule: "crossyear.carry-over", thisYear: "carriedOver", lastYear: "carriedForward" },
  // 表二 T2-2 (format-2021.md §3, not in the notice): 现行有效(本年) ≈ 现行有效(上年) + 本年制发 − 本年废止; a warning.
  inForceContinuity: { rule: "crossyear.in-force" },
};
