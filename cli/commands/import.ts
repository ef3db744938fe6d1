// nianbao import <file.docx|.pdf|.html|.txt|.md|.json> -o <report.json>: reads an existing report into the exchange format.
import { writeFile } from "node:fs/promises";
import { CliError, EXIT, checkOutput, fileReason, type Out } from "../io";
import { loadReport } from "../load-report";

function outputOf(args: string[]): { file?: string; out?: string; force: boolean } {
  const i = args.findIndex((a) => a === "-o" || a === "--output");
  const out = i >= 0 ? args[i + 1] : undefined;
  const rest = args.filter((a, k) => (i < 0 || (k !== i && k !== i + 1)) && a !== "--force");
  return { file: rest.length === 1 ? rest[0] : undefined, out, force: args.includes("--force") };
}

export async function importCommand(args: string[], out: Out): Promise<number> {
  const { file, out: target, force } = outputOf(args);
  if (!file || !target) {
    out.err("用法：nianbao import <报告文件.docx|.pdf|.html|.txt|.md|.json> -o <输出.json> [--force]");
    return EXIT.unreadable;
  }
  await checkOutput(file, target, force);
  const { report, imported } = await loadReport(file);
  await writeFile(target, JSON.stringify(report, null, 2) + "\n", "utf8").catch((e: unknown) => {
    throw new CliError(`无法写入 ${target}：${fileReason(e)}`);
  });
  const format = imported.detected.format === "gov-2019" ? "2019 年试行格式（已按 2021 年格式能对应的部分导入）" : "2021 年格式";
  out.log(`已导入 ${file} → ${target}`);
  out.log(`  格式：${format}${imported.detected.markers.length ? `；标志：${imported.detected.markers.join("、")}` : ""}`);
  for (const u of imported.unread) out.log(`  未能读取：${u}`);
  out.log(`  结构检查：${imported.findings.length} 条（运行 nianbao check ${file} 查看全部问题）`);
  return EXIT.ok;
}
