// nianbao: the command line. Each command is a thin shell over lib/.
// Commands are loaded when called (the bundle keeps each in its own chunk): `check` never loads docx or exceljs.
import { CliError, EXIT, fileReason, stdio, type Out } from "./io";
import { USAGE } from "./usage";

type Command = (args: string[], out: Out) => Promise<number>;

const COMMANDS: Record<string, { run: Command; usage: string }> = {
  check: { run: async (a, o) => (await import("./commands/check")).checkCommand(a, o), usage: `${USAGE.check}   检查表格勾稽关系和数值` },
  import: { run: async (a, o) => (await import("./commands/import")).importCommand(a, o), usage: `${USAGE.import}   读取已有报告` },
  render: { run: async (a, o) => (await import("./commands/render")).renderCommand(a, o), usage: `${USAGE.render}   生成 Word 文件（有错误时只能生成草稿）` },
  review: { run: async (a, o) => (await import("./commands/review")).reviewCommand(a, o), usage: `${USAGE.review}   审核一批报告：名单、跨年度核对、汇总` },
  tally: { run: async (a, o) => (await import("./commands/tally")).tallyCommand(a, o), usage: `${USAGE.tally}   由登记台账计算表三（或表四）` },
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
