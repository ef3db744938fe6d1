// nianbao: the command line. Each command is a thin shell over lib/.
import { checkCommand } from "./commands/check";
import { importCommand } from "./commands/import";
import { renderCommand, RENDER_USAGE } from "./commands/render";
import { reviewCommand, REVIEW_USAGE } from "./commands/review";
import { CliError, EXIT, fileReason, stdio, type Out } from "./io";

type Command = (args: string[], out: Out) => Promise<number>;

const COMMANDS: Record<string, { run: Command; usage: string }> = {
  check: { run: checkCommand, usage: "nianbao check <报告文件> [--json]   检查表格勾稽关系和数值" },
  import: { run: importCommand, usage: "nianbao import <报告.docx|.pdf|.html|.txt|.json> -o <输出.json> [--force]   读取已有报告" },
  render: { run: renderCommand, usage: `${RENDER_USAGE}   生成 Word 文件（有错误时只能生成草稿）` },
  review: { run: reviewCommand, usage: `${REVIEW_USAGE}   审核一批报告：名单、跨年度核对、汇总` },
};

const HELP = ["年报助手 命令行", "", ...Object.values(COMMANDS).map((c) => "  " + c.usage)].join("\n");

export async function main(argv: string[], out: Out = stdio): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    out.log(HELP);
    return name ? EXIT.ok : EXIT.unreadable;
  }
  const command = COMMANDS[name];
  if (!command) {
    out.err(`未知命令：${name}\n\n${HELP}`);
    return EXIT.unreadable;
  }
  try {
    return await command.run(args, out);
  } catch (e) {
    if (e instanceof CliError) {
      out.err(e.message);
      return e.code;
    }
    // Only Chinese reaches the clerk: our own messages are Chinese, a library's or Node's are not.
    const reason = e instanceof Error && /[\u4e00-\u9fff]/.test(e.message) ? e.message : fileReason(e);
    out.err(`处理失败：${reason}`);
    return EXIT.unreadable;
  }
}
