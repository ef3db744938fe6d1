// How clerks write each category in a register — the generator's own list, independent of lib/register's
// vocabulary, so a test can ask whether the vocabulary understands them. Values that no category should take
// (「不详」, 「已处理」, 「信访」 as a case type) make the rows that cannot be counted.
export const APPLICANT_SPELLINGS: Record<string, string[]> = {
  natural: ["个人", "公民", "群众", "村民", "自然人"],
  business: ["企业", "商业企业", "公司", "某某科技有限公司"],
  research: ["科研机构", "研究所", "大学"],
  nonprofit: ["社会公益组织", "协会", "基金会"],
  legal: ["律师事务所", "律所", "法律服务机构"],
  otherOrg: ["其他", "村委会"],
};

/** Outcome → spellings; `[outcome, reason]` when the register has a separate 不予公开理由 column. */
export const OUTCOME_SPELLINGS: Record<string, (string | [string, string])[]> = {
  granted: ["予以公开", "公开", "同意公开"],
  partlyGranted: ["部分公开", ["部分公开", "涉及商业秘密"]],
  "withheld.stateSecret": ["不予公开-国家秘密", ["不予公开", "属于国家秘密"]],
  "withheld.thirdParty": ["不予公开（第三方合法权益）", ["不予公开", "保护第三方合法权益"]],
  "withheld.processInfo": [["不予公开", "属于四类过程性信息"]],
  "unavailable.notHeld": ["信息不存在", "不掌握", "本机关不掌握相关政府信息"],
  "unavailable.needsCreation": ["没有现成信息需要另行制作"],
  "notProcessed.repeated": ["重复申请"],
  "notProcessed.petition": ["信访举报投诉类申请"],
  "otherHandling.noCorrection": ["逾期不补正"],
};

export const PENDING_SPELLINGS = ["未答复", "办理中", ""];
export const WITHDRAWN_SPELLINGS = ["撤回", "申请人撤回"];
export const UNKNOWN_APPLICANT = "不详";
export const UNKNOWN_OUTCOME = "已处理";

export const CASE_TYPE_SPELLINGS: Record<string, string[]> = {
  review: ["行政复议", "复议"],
  direct: ["未经复议直接起诉", "直接起诉"],
  afterReview: ["复议后起诉"],
};
export const RESULT_SPELLINGS: Record<string, string[]> = {
  upheld: ["结果维持", "维持"],
  corrected: ["结果纠正", "撤销", "纠正"],
  otherResult: ["其他结果", "终止"],
};
export const RESULT_PENDING = ["尚未审结", "审理中", ""];
export const UNKNOWN_CASE_TYPE = "信访";

export const NAMES = ["张某某", "李某", "王某某", "赵某", "陈某某", "某某建材有限公司", "某某律师事务所", "刘某"];
export const PHONES = ["13800001111", "0731-88886666", "13912345678"];
export const CONTENTS = ["申请公开某村土地征收补偿方案", "申请公开某路段改造工程招标文件", "申请公开本人房屋拆迁评估报告"];
