// The wizard's step statuses (the wording of every check is in lib/rules/messages.ts).
export type StepStatus = "未开始" | "进行中" | "已完成" | "有问题";
