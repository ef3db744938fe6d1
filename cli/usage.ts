// How each command is called: here, not in the commands, so `nianbao --help` loads none of them.
export const USAGE = {
  check: "nianbao check <报告文件> [--json]",
  import: "nianbao import <报告.docx|.pdf|.html|.txt|.md|.json> -o <输出.json> [--force]",
  render: "nianbao render <报告文件> -o <输出.docx> [--draft] [--fonts gb2312|windows] [--force]",
  review: "nianbao review <报告文件|文件夹|.zip>… [--roster 名单.txt] [--last-year 上年文件夹] [--year 年度] [--xlsx 结果.xlsx] [--json]",
  tally: "nianbao tally <台账.xlsx|.csv> [--kind requests|appeals] [--year 年度] [--mapping 对应.json] [-o 表格.json] [--force]",
} as const;
