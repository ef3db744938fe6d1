// The headers registers use for each column role (#24). A header equal to one of `exact` is recognised for sure;
// one that only contains a `part` is proposed and the clerk confirms. Roles are tried in this order, so
// 「答复日期」 is a date before it is an outcome and 「申请人类型」 a category before it is a name.
import type { ColumnRole, RegisterKind } from "../types";

export type HeaderSynonyms = { role: ColumnRole; exact: string[]; parts: string[] };

const PRIVATE: HeaderSynonyms = {
  role: "private",
  exact: ["申请人", "申请人姓名", "申请人名称", "姓名", "名称", "姓名或名称", "姓名名称", "证件号码", "身份证号", "身份证号码", "联系电话", "电话", "地址",
    "联系地址", "通信地址", "申请内容", "申请公开内容", "所需信息", "所需政府信息", "联系方式", "邮编", "邮政编码", "电子邮箱", "工作单位", "法定代表人",
    "原告", "复议申请人", "当事人", "联系人"],
  parts: ["姓名", "名称", "证件", "身份证", "电话", "地址", "内容", "联系", "邮", "代表人", "申请人", "原告", "当事人"],
};

const IGNORED: HeaderSynonyms = {
  role: "ignored",
  exact: ["序号", "编号", "备注", "经办人", "承办人", "承办科室", "承办部门", "办理期限", "受理编号", "申请方式", "申请途径", "答复方式", "答复形式",
    "案号", "复议机关", "审理法院", "被申请人", "被告", "收费情况", "是否收费", "延期情况", "是否延期"],
  parts: ["序号", "编号", "备注", "经办", "承办", "期限", "方式", "途径", "案号", "机关", "法院", "被申请人", "被告", "收费", "延期"],
};

export const HEADER_SYNONYMS: Record<RegisterKind, HeaderSynonyms[]> = {
  requests: [
    { role: "withdrawn", exact: ["是否撤回", "撤回", "撤回情况", "是否撤回申请"], parts: ["撤回"] },
    { role: "reason", exact: ["不予公开理由", "理由", "依据", "不予公开依据", "理由依据", "不予公开原因", "原因", "法律依据", "不予公开无法提供理由"],
      parts: ["理由", "依据", "原因"] },
    { role: "answered", exact: ["答复日期", "办结日期", "回复日期", "答复时间", "办结时间", "回复时间", "告知日期", "答复告知日期"],
      parts: ["答复日", "答复时", "办结日", "办结时", "回复日", "回复时", "告知日", "办结"] },
    { role: "received", exact: ["收到日期", "受理日期", "申请日期", "登记日期", "收到时间", "受理时间", "申请时间", "登记时间", "收件日期", "收到申请日期"],
      parts: ["收到", "受理日", "受理时", "申请日", "申请时间", "登记日", "登记时", "收件"] },
    { role: "outcome", exact: ["处理结果", "答复情况", "办理结果", "答复结果", "答复类型", "处理情况", "办理情况", "答复意见"],
      parts: ["结果", "答复情况", "答复类", "处理情况", "办理情况"] },
    { role: "applicantType", exact: ["申请人类型", "申请人性质", "申请人类别", "申请人身份", "申请主体", "主体类型", "类型", "类别", "性质"],
      parts: ["申请人类", "申请人性质", "申请人身份", "主体类"] },
    PRIVATE,
    IGNORED,
  ],
  appeals: [
    { role: "caseType", exact: ["案件类型", "类型", "案件类别", "类别", "复议诉讼类型", "案件性质"], parts: ["类型", "类别"] },
    { role: "closed", exact: ["审结日期", "结案日期", "办结日期", "决定日期", "判决日期", "审结时间", "结案时间"],
      parts: ["审结日", "审结时", "结案", "办结", "决定日", "判决日", "裁判日"] },
    { role: "filed", exact: ["收案日期", "立案日期", "受理日期", "收到日期", "申请日期", "起诉日期", "收到时间", "立案时间", "受理时间"],
      parts: ["收案", "立案", "受理日", "收到", "起诉日", "申请日"] },
    { role: "result", exact: ["审理结果", "结果", "复议结果", "判决结果", "审结结果", "处理结果", "办理结果", "裁判结果", "审结情况"], parts: ["结果"] },
    PRIVATE,
    IGNORED,
  ],
};
