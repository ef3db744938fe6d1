// Chinese wording of the wizard's own checks (basic information and prose), in one place.
export const wizardMessages = {
  unitName: "基本信息：请填写机关名称（用于报告标题和落款）",
  publishedOn: "基本信息：请填写成文日期（报告末尾落款日期）",
  partEmpty: (section: string, part: string) => `${section}：“${part}”尚未填写`,
  sectionEmpty: (section: string) => `${section}：尚未填写`,
  governmentPart: (section: string, part: string) => `${section}：各级人民政府必须报告“${part}”`,
  feeUnknown: (section: string) => `${section}：请说明本年度是否收取信息处理费`,
  feeAmount: (section: string) => `${section}：已收取信息处理费，请填写金额（元）`,
  feeBad: (section: string, text: string) => `${section}：信息处理费金额“${text}”不是有效的金额（元）`,
};

export type StepStatus = "未开始" | "进行中" | "已完成" | "有问题";
