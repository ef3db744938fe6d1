// Writes docs/rules.md, the catalogue of every rule id (npm run rules:doc): family, severity, what it
// checks and an example message produced by the engine itself. A test keeps the file in sync.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { FAMILY_NAMES, ruleCatalogue } from "../lib/rules/catalogue";
import type { Family } from "../lib/rules/types";
import { exampleIssue } from "../test-support/rule-examples";

export const RULES_DOC = path.resolve(import.meta.dirname, "../docs/rules.md");

const SEVERITY = { error: "错误", warning: "提示", "error/warning": "错误或提示" } as const;
const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

export function rulesDocText(): string {
  const rules = ruleCatalogue();
  const count = (f: Family) => rules.filter((r) => r.family === f).length;
  const families = Object.keys(FAMILY_NAMES) as Family[];
  const lines = [
    "# 规则目录",
    "",
    "年报助手的全部检查都是同一个规则引擎（`lib/rules/evaluate.ts`）中的规则。向导、检查与预览、检查已有报告（`/check`）、",
    "命令行、服务器接口和生成 Word 文档前的把关都调用它，同样的数据在每一处得到同样的问题。",
    "“错误”必须改正后才能生成正式文件（草稿随时可以生成）；“提示”供核对，不阻止生成。",
    "规则编号保持稳定，出现在命令行 `--json` 输出和接口的问题列表中，不出现在给用户看的句子里。",
    "",
    "本文件由 `npm run rules:doc` 生成，示例说明由规则引擎对示例数据实际运行得到。",
    "",
    `共 ${rules.length} 条规则：${families.filter(count).map((f) => `${FAMILY_NAMES[f]} ${count(f)} 条`).join("，")}。`,
  ];
  for (const f of families) {
    const of = rules.filter((r) => r.family === f);
    if (!of.length) continue;
    lines.push("", `## ${FAMILY_NAMES[f]}`, "", "| 编号 | 级别 | 检查什么 | 示例说明 |", "| --- | --- | --- | --- |");
    for (const r of of) lines.push(`| \`${r.id}\` | ${SEVERITY[r.severity]} | ${cell(r.summary)} | ${cell(exampleIssue(r.id)?.message ?? "")} |`);
  }
  return lines.join("\n") + "\n";
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  writeFileSync(RULES_DOC, rulesDocText());
  console.log(`已写入 ${RULES_DOC}`);
}
