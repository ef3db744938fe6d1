// What registers write instead of the format's labels (#24). The labels themselves come from categories.ts; this
// table only adds the clerks' own words. 「=」 marks a word that counts only as the whole value (「公开」 is in
// 「不予公开」 and 「部分公开」; 「其他」 is in everything), never when found inside a longer value.
import type { ValueField } from "../types";

export const VALUE_SYNONYMS: Record<ValueField, Record<string, string[]>> = {
  applicantType: {
    natural: ["个人", "公民", "群众", "村民", "居民", "市民", "农民", "职工", "自然人申请"],
    business: ["企业", "公司", "有限公司", "有限责任公司", "股份有限公司", "个体工商户", "商户", "企业法人"],
    research: ["科研", "研究所", "研究院", "研究中心", "大学", "学院", "高校"],
    nonprofit: ["公益", "协会", "基金会", "慈善", "社会组织", "公益组织"],
    legal: ["律师事务所", "律所", "律师", "法律服务所", "法律服务", "公证处", "法律援助"],
    otherOrg: ["=其他", "=其他组织", "=法人或其他组织其他", "村委会", "居委会", "村民委员会", "居民委员会", "事业单位"],
  },
  outcome: {
    granted: ["=公开", "=同意公开", "=全部公开", "=已公开", "=依申请公开", "=提供", "=已提供", "=予以提供", "=同意提供"],
    partlyGranted: ["部分公开", "部分予以公开", "区分处理"],
    withheld: ["不予公开", "=不公开"],
    "withheld.stateSecret": ["国家秘密", "涉密"],
    "withheld.lawProhibited": ["法律行政法规禁止", "法律法规禁止"],
    "withheld.threeSecurity": ["三安全一稳定", "国家安全", "公共安全", "经济安全", "社会稳定"],
    "withheld.thirdParty": ["第三方合法权益", "第三方", "商业秘密", "个人隐私"],
    "withheld.internalAffairs": ["内部事务"],
    "withheld.processInfo": ["过程性信息", "过程信息"],
    "withheld.enforcementFiles": ["行政执法案卷", "执法案卷"],
    "withheld.inquiryMatters": ["行政查询事项", "查询事项"],
    unavailable: ["无法提供"],
    "unavailable.notHeld": ["不掌握", "信息不存在", "不存在", "非本机关", "不属于本机关", "其他机关"],
    "unavailable.needsCreation": ["另行制作", "没有现成信息", "需要制作"],
    "unavailable.stillUnclear": ["仍不明确", "内容不明确", "申请内容不明确"],
    notProcessed: ["不予处理"],
    "notProcessed.petition": ["信访", "举报", "投诉"],
    "notProcessed.repeated": ["重复申请"],
    "notProcessed.publications": ["公开出版物", "出版物"],
    "notProcessed.excessive": ["大量反复", "反复申请"],
    "notProcessed.confirmation": ["重新出具", "确认"],
    otherHandling: ["其他处理"],
    "otherHandling.noCorrection": ["逾期不补正", "不补正"],
    "otherHandling.feeUnpaid": ["未缴纳费用", "未按收费通知", "未缴费"],
    "otherHandling.otherReason": ["撤回", "申请人撤回", "主动撤回", "=其他"],
    pending: ["未答复", "尚未答复", "办理中", "正在办理", "未办结", "待答复", "在办"],
  },
  caseType: {
    review: ["复议", "行政复议"],
    direct: ["直接起诉", "未经复议"],
    afterReview: ["复议后起诉", "复议后诉讼", "经复议后起诉"],
  },
  result: {
    upheld: ["维持"],
    corrected: ["纠正", "撤销", "变更", "确认违法", "责令"],
    otherResult: ["=其他", "终止", "撤诉", "调解", "和解"],
    pending: ["未审结", "尚未审结", "审理中", "在审", "未结"],
  },
};

/** Words that add nothing to a value: 「属于国家秘密的」 is 「国家秘密」. */
export const FILLER = ["属于", "政府信息", "相关", "本机关", "申请", "的", "依法", "予以", "信息"];
