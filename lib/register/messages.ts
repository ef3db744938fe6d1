// Every Chinese sentence the register core says (#24), in one file. Cell text quoted in a reason is cleaned and
// shortened (quote()); private columns (names, ID numbers, addresses) are never read, so never quoted.

const MAX_QUOTE = 30;

/** 「2024-13-45」 as quoted in a reason: cleaned already, cut to 30 characters. */
export function quote(text: string): string {
  return `「${text.length > MAX_QUOTE ? text.slice(0, MAX_QUOTE) + "…" : text}」`;
}

export const readMessages = {
  oldExcel: "这是旧版 Excel（.xls）或 WPS 表格（.et）文件，无法直接读取。请在 Excel 或 WPS 中「另存为」Excel 工作簿（.xlsx）或 CSV 文件后再选择",
  notTable: (name: string) => `${name} 不是台账表格文件。请选择 Excel 工作簿（.xlsx）或 CSV 文件，或从 Excel/WPS 中复制整张表粘贴进来`,
  unreadableXlsx: "这个 .xlsx 文件无法读取（可能已损坏或不是 Excel 文件）。请在 Excel 或 WPS 中打开后重新「另存为」.xlsx 再试",
  binaryCsv: "这个文件的内容不是文字表格，无法作为 CSV 读取。请在 Excel 或 WPS 中「另存为」CSV 或 .xlsx 后再试",
  tooBig: (mb: number) => `文件超过 ${mb} MB，不像是一份登记台账，未读取`,
  tooManyRows: (max: number) => `表格超过 ${max} 行，未读取。请只保留本年度的登记台账后再试`,
  tooManyColumns: (max: number) => `表格超过 ${max} 列，未读取。请删去无关的列后再试`,
  tooMuchInside: "这个 .xlsx 文件解压后内容过大，不像是一份登记台账，未读取",
  empty: "表格中没有内容",
} as const;

export const layoutMessages = {
  noHeader: "没有找到表头（如「申请人类型」「收到日期」「答复日期」「处理结果」），请确认选择的是登记台账",
} as const;

export const tallyMessages = {
  row: (n: number, what: string) => `第 ${n} 行：${what}`,
  noDate: (label: string) => `${label}为空`,
  badDate: (label: string, text: string) => `${label}${quote(text)}无法识别为日期`,
  emptyValue: (label: string) => `${label}为空`,
  unmapped: (label: string, text: string) => `${label}${quote(text)}尚未确定归入哪一类`,
  noColumn: (label: string) => `没有对应「${label}」的列`,
  receivedAfter: (text: string, year: number) => `收到日期${quote(text)}在 ${year} 年之后，不属于本年度`,
  answeredBeforeReceived: (a: string, r: string) => `答复日期${quote(a)}早于收到日期${quote(r)}`,
  answeredBeforeYear: (text: string, year: number) => `答复日期${quote(text)}在 ${year} 年以前，已在上年办结，不计入本年度`,
  resultWithoutDate: (label: string, text: string, dateLabel: string) => `${label}为${quote(text)}，但${dateLabel}为空，无法判断是否在本年内办结`,
  pendingButDated: (label: string, text: string, dateLabel: string, date: string) => `${label}为${quote(text)}（未办结），但${dateLabel}为${quote(date)}`,
  withdrawnNoDate: "已撤回，但答复（办结）日期为空，无法判断是否在本年内办结",
  filedAfter: (text: string, year: number) => `收案日期${quote(text)}在 ${year} 年之后，不属于本年度`,
  closedBeforeFiled: (c: string, f: string) => `审结日期${quote(c)}早于收案日期${quote(f)}`,
  closedBeforeYear: (text: string, year: number) => `审结日期${quote(text)}在 ${year} 年以前，已在上年审结，不计入本年度`,
  withdrawnNote: "标为撤回的申请计入「（六）其他处理 3.其他」，可在“六、其他需要报告的事项”中说明",
} as const;

/** What each role is called in a reason: the clerk's own header text when there is one. */
export const roleLabels = {
  applicantType: "申请人类型",
  received: "收到日期",
  answered: "答复日期",
  outcome: "处理结果",
  reason: "不予公开理由",
  withdrawn: "是否撤回",
  caseType: "案件类型",
  filed: "收案日期",
  closed: "审结日期",
  result: "审理结果",
  private: "个人信息（不读取）",
  ignored: "不使用",
} as const;
