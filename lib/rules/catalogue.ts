// The catalogue: every rule id any door can report, its family, severity and what it checks. Ids of the
// table rules come from the format (templates/gov-2021), the rest are the engine's own. docs/rules.md is
// generated from this list (scripts/write-rule-catalogue.ts) and a test keeps the two equal.
import type { GridTable, ReportFormat } from "../format/types";
import { leaves } from "../format/walk";
import { gov2021 } from "../../templates/gov-2021";
import type { Family, RuleDef } from "./types";

export const FAMILY_NAMES: Record<Family, string> = {
  value: "数值类型",
  table: "表格勾稽关系",
  domain: "数值合理性",
  crossyear: "跨年度核对",
  register: "登记台账",
  content: "必备内容",
  fee: "信息处理费",
  text: "正文与表格、年度",
  structure: "文档结构（读取已有文档时）",
};

const own: RuleDef[] = [
  { id: "value.unparseable", family: "value", severity: "error", summary: "单元格内容不是数字，或数字大得不可能" },
  { id: "value.negative", family: "value", severity: "error", summary: "件数或金额为负数" },
  { id: "value.not-integer", family: "value", severity: "error", summary: "件数不是整数" },
  { id: "value.too-many-decimals", family: "value", severity: "error", summary: "收费金额（万元）超过 4 位小数" },
  { id: "value.blank", family: "value", severity: "warning", summary: "空格按 0 计算（每张表一条）" },
  { id: "content.unit-name", family: "content", severity: "error", summary: "没有机关名称", absence: true },
  { id: "content.published-on", family: "content", severity: "error", summary: "没有成文日期，或日期无效", absence: true },
  { id: "content.published-on-year", family: "content", severity: "warning", summary: "成文日期不在报告年度或次年" },
  { id: "content.contact", family: "content", severity: "error", summary: "没有任何联系方式（地址、电话、电子邮箱）", absence: true },
  { id: "content.section-empty", family: "content", severity: "error", summary: "“一、总体情况”或“五、存在的主要问题及改进情况”没有内容", absence: true },
  { id: "content.part-empty", family: "content", severity: "warning", summary: "总体情况缺少主动公开、依申请公开、政府信息管理、平台建设、监督保障中的某一方面", absence: true },
  { id: "content.government-part", family: "content", severity: "error", summary: "各级人民政府没有报告工作考核、社会评议和责任追究结果情况", absence: true },
  { id: "content.table-empty", family: "content", severity: "error", summary: "整张表除总计外一个数字也没有填写", absence: true },
  { id: "register.differs", family: "register", severity: "warning", summary: "表三、表四中填写的数字与登记台账计得的件数不同，且未确认以填写的数字为准" },
  { id: "fee.status", family: "fee", severity: "error", summary: "没有说明是否收取信息处理费", absence: true },
  { id: "fee.amount", family: "fee", severity: "error", summary: "已收取信息处理费，但金额缺失、无效、为负数或超过 2 位小数" },
  { id: "text.carried-over", family: "text", severity: "error", summary: "沿用上年报告的段落尚未修改（仍有修改标记，或与上年原文相同）" },
  { id: "text.repeated", family: "text", severity: "warning", summary: "正文与上年报告相同或几乎相同的比例达到一半" },
  { id: "text.number-mismatch", family: "text", severity: "warning", summary: "正文中的申请、复议、诉讼件数与表格不一致" },
  { id: "text.stale-year", family: "text", severity: "warning", summary: "正文中的统计期限、收费年度等年份早于报告年度" },
  { id: "structure.missing-section", family: "structure", severity: "error", summary: "文档缺少六个部分中的某一部分" },
  { id: "structure.missing-table", family: "structure", severity: "error", summary: "文档缺少表二、表三或表四" },
  { id: "structure.heading", family: "structure", severity: "warning", summary: "章节标题的写法或序号与格式规定不一致" },
  { id: "import.unread", family: "structure", severity: "warning", summary: "表格中有读不出的单元格" },
  { id: "format.obsolete-2019", family: "structure", severity: "error/warning", summary: "使用已废止的 2019 年试行格式（2021 年度起为错误）" },
  { id: "import.single-row-other", family: "structure", severity: "warning", summary: "2021 年格式的表三“（六）其他处理”只有一行，数字已计入 3.其他" },
  { id: "import.unchecked", family: "structure", severity: "warning", summary: "勾稽关系涉及未能读出的单元格，无法核对（不报“相差”）" },
  { id: "import.unit-kind-uncertain", family: "structure", severity: "warning", summary: "从机关名称判断不出单位类型，已暂定，请核对" },
  { id: "import.edited-after-download", family: "structure", severity: "warning", summary: "年报助手生成的 Word 文档在下载后被修改过，已按文档内容读取，并列出改动" },
  { id: "import.embedded-mismatch", family: "structure", severity: "warning", summary: "年报助手生成的 Word 文档中附带的数据与文档文字不一致，已按文档文字读取" },
  { id: "import.embedded-unreadable", family: "structure", severity: "warning", summary: "文档中内嵌的报告数据已损坏或来自更新的版本，已按文档内容读取" },
];

function tableRules(format: ReportFormat): RuleDef[] {
  const out: RuleDef[] = [];
  const b = format.rules.balance;
  const t3 = format.tables[b.table] as GridTable;
  const short = (keys: string[]) => keys.map((k) => leaves(t3.rows).find((l) => l.id === k)?.node.short ?? k).join(" + ");
  out.push({ id: b.rule, family: "table", severity: "error", summary: `${t3.name}每一列：${short(b.left)} = ${short(b.right)}` });
  for (const t of Object.values(format.tables)) {
    if (t.type !== "grid") continue;
    for (const [axis, each] of [[t.rows, "每一列"], [t.columns, t.rowLabels ? "每一行" : "每组"]] as const) {
      for (const l of leaves(axis).filter((x) => x.node.total)) {
        const total = l.node.total!;
        if (out.some((r) => r.id === total.rule)) continue;
        out.push({ id: total.rule, family: "table", severity: "error", summary: `${t.name}${each}：${l.node.label} = ${total.addendsLabel}` });
      }
    }
  }
  return out;
}

function domainRules(format: ReportFormat): RuleDef[] {
  const r = format.rules;
  return [
    { id: r.inForceBound.rule, family: "domain", severity: "warning", summary: "表二：现行有效件数小于本年制发件数减本年废止件数" },
    { id: r.rulesNotAllowed.rule, family: "domain", severity: "warning", summary: "表二：无权制定规章的单位填报了规章" },
    { id: r.feeUnit.rule, family: "domain", severity: "warning", summary: "表二：收费金额像是把“元”填成了“万元”" },
    { id: r.carryOver.rule, family: "crossyear", severity: "error/warning", summary: "表三：二、上年结转 ≠ 上年报告的 四、结转下年度继续办理（上年数据取自上年报告本身时为错误）" },
    { id: r.inForceContinuity.rule, family: "crossyear", severity: "warning", summary: "表二：现行有效件数 ≠ 上年现行有效件数 + 本年制发件数 − 本年废止件数" },
    { id: "crossyear.unreadable", family: "crossyear", severity: "warning", summary: "上年报告的 四、结转下年度继续办理 不是数字，无法核对上年结转" },
  ];
}

const ORDER: Family[] = ["content", "value", "table", "domain", "crossyear", "register", "fee", "text", "structure"];

const built = new WeakMap<ReportFormat, RuleDef[]>();

/** Built once per format (readers look ids up for every finding). */
export function ruleCatalogue(format: ReportFormat = gov2021): RuleDef[] {
  let list = built.get(format);
  if (!list) {
    const all = [...own, ...tableRules(format), ...domainRules(format)];
    built.set(format, (list = ORDER.flatMap((f) => all.filter((r) => r.family === f))));
  }
  return list;
}

export function isCatalogued(id: string, format: ReportFormat = gov2021): boolean {
  return ruleCatalogue(format).some((r) => r.id === id);
}

const absent = new Set(own.filter((r) => r.absence).map((r) => r.id));

/** Rules that say something is not written yet (see RuleDef.absence). */
export function isAbsenceRule(id: string): boolean {
  return absent.has(id);
}
