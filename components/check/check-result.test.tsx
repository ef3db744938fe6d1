// The check page's result view, rendered to HTML from real imports of the seeds.
import { readFileSync } from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { checkImported } from "@/lib/import/build/check-imported";
import { importReport } from "@/lib/import/build/import-report";
import { CheckResult } from "./check-result";

const seed = (n: string) => readFileSync(path.resolve(import.meta.dirname, `../../templates/gov-2021/fixtures/seeds/${n}.txt`), "utf8");

function html(n: string): string {
  const result = importReport({ text: seed(n) });
  if (!result.ok) throw new Error(result.error);
  return renderToStaticMarkup(<CheckResult source="粘贴的文字" result={result} issues={checkImported(result)} onOpen={() => undefined} />);
}

describe("CheckResult", () => {
  it("shows the obsolete format, its markers, and errors before warnings (seed 004)", () => {
    const out = html("004");
    expect(out).toContain("已废止的 2019 年试行格式");
    expect(out).toContain("本年新制作数量");
    expect(out).toContain("在向导中打开修改");
    expect(out.indexOf("format.obsolete-2019")).toBeLessThan(out.indexOf('data-severity="warning"'));
  });

  it("lists what could not be read (seed 000)", () => {
    const out = html("000");
    expect(out).toContain("未能读取的内容");
    expect(out).toContain("表二：未找到表格");
    expect(out).toContain("structure.missing-table");
  });
});
