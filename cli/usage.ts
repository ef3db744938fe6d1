// How each command is called: here, not in the commands, so `nianbao --help` loads none of them.
export const USAGE = {
  check: "nianbao check <报告文件> [--json]",
  import: "nianbao import <报告.docx|.pdf|.html|.txt|.md|.json> -o <输出.json> [--force]",
  render: "nianbao render <报告文件> -o <输出.docx> [--draft] [--fonts gb2312|windows] [--force]",
  review: "nianbao review <报告文件|文件夹|.zip>… [--roster 名单.txt] [--last-year 上年文件夹] [--year 年度] [--xlsx 结果.xlsx] [--json]",
  tally: "nianbao tally <台账.xlsx|.csv> [--kind requests|appeals] [--year 年度] [--mapping 对应.json] [-o 表格.json] [--force]",
  admin: "nianbao admin <init|import-units|users|backup|restore> …",
} as const;

/** Server mode's set-up and operations (issue #26): `nianbao admin …`. */
export const ADMIN_USAGE = {
  init: "nianbao admin init --county <县（区）名称> [--data-dir 目录]",
  importUnits: "nianbao admin import-units <名单.xlsx|.csv|.txt> [--out 账号.csv] [--force] [--county 县名] [--data-dir 目录]",
  users: "nianbao admin users [reset|disable|enable <账号>] [--county 县名] [--data-dir 目录]",
  backup: "nianbao admin backup <备份文件> [--force] [--data-dir 目录]",
  restore: "nianbao admin restore <备份文件> [--data-dir 新目录]",
} as const;
