// nianbao render <报告文件> -o <输出.docx> [--draft] [--fonts gb2312|windows]
// Exit 0 written, 1 refused because of errors (listed in Chinese), 2 unreadable input or bad arguments.
import { writeFile } from "node:fs/promises";
import { isFontProfileName, type FontProfileName } from "../../lib/docx/font-profiles";
import { DocxRefused, renderDocxBuffer } from "../../lib/docx/pack";
import { CliError, EXIT, checkOutput, fileReason, type Out } from "../io";
import { loadReport } from "../load-report";
import { USAGE } from "../usage";

export const RENDER_USAGE = USAGE.render;

type Args = { file: string; output: string; draft: boolean; fonts: FontProfileName; force: boolean };

function parseArgs(args: string[]): Args {
  const files: string[] = [];
  let output: string | undefined;
  let fonts: string = "gb2312";
  let draft = false;
  let force = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "-o" || a === "--output") output = args[++i];
    else if (a === "--fonts") fonts = args[++i] ?? "";
    else if (a.startsWith("--fonts=")) fonts = a.slice("--fonts=".length);
    else if (a === "--draft") draft = true;
    else if (a === "--force") force = true;
    else if (a.startsWith("-")) throw new CliError(`未知选项：${a}\n用法：${RENDER_USAGE}`);
    else files.push(a);
  }
  if (files.length !== 1 || !output) throw new CliError(`用法：${RENDER_USAGE}`);
  if (!isFontProfileName(fonts)) throw new CliError(`不支持的字体方案：${fonts}（可选 gb2312、windows）`);
  return { file: files[0]!, output, draft, fonts, force };
}

export async function renderCommand(args: string[], out: Out): Promise<number> {
  const { file, output, draft, fonts, force } = parseArgs(args);
  await checkOutput(file, output, force);
  const { report, imported } = await loadReport(file);
  let bytes: Buffer;
  try {
    bytes = await renderDocxBuffer(report, { draft, fonts, document: { findings: imported.findings } });
  } catch (e) {
    if (!(e instanceof DocxRefused)) throw e;
    out.err([`未生成 ${output}：${e.message}`, ...e.issues.map((i) => `  错误  ${i.message}`)].join("\n"));
    return EXIT.errors;
  }
  await writeFile(output, bytes).catch((e: unknown) => {
    throw new CliError(`无法写入 ${output}：${fileReason(e)}`);
  });
  out.log(`已生成${draft ? "草稿" : ""} ${output}`);
  return EXIT.ok;
}
