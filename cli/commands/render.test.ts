import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import valid from "../../templates/gov-2021/fixtures/valid-report.json";
import { runCli as run, tempFiles } from "../../test-support/cli";

const { at: out, file } = tempFiles("nianbao-render-cli-");
const VALID = file("valid.json", JSON.stringify(valid));
const broken = structuredClone(valid);
broken.tables.requests.received.natural = 47;
const BROKEN = file("broken.json", JSON.stringify(broken));


const documentXml = (p: string) => strFromU8(unzipSync(new Uint8Array(readFileSync(p)))["word/document.xml"]!);

describe("nianbao render", () => {
  it("exits 0 and writes the .docx", async () => {
    const r = await run("render", VALID, "-o", out("ok.docx"));
    expect(r.code).toBe(0);
    expect(r.out).toContain("已生成");
    // The title's text, across its runs and its line break (lib/docx/title-lines.ts).
    expect(documentXml(out("ok.docx")).replace(/<[^>]+>/g, "")).toContain("示例县城关镇人民政府2024年政府信息公开工作年度报告");
  });

  it("exits 1, writes nothing and lists the errors in Chinese when the tables do not add up", async () => {
    const r = await run("render", BROKEN, "-o", out("refused.docx"));
    expect(r.code).toBe(1);
    expect(existsSync(out("refused.docx"))).toBe(false);
    expect(r.err).toContain("不能生成正式文件");
    expect(r.err).toContain("  错误  表三·自然人列：一+二 = 49，（七）总计+四 = 48，相差 1\n");
  });

  it("a write that fails says why in Chinese (no Node error text)", async () => {
    const r = await run("render", VALID, "-o", out("no-such-folder/x.docx"));
    expect(r.code).toBe(2);
    expect(r.err).toBe(`无法写入 ${out("no-such-folder/x.docx")}：找不到该文件或其所在的文件夹`);
  });

  it("the minimal example of docs/exchange-format.md is refused as final and written as a draft", async () => {
    const doc = readFileSync(path.resolve(import.meta.dirname, "../../docs/exchange-format.md"), "utf8");
    const minimal = file("minimal.json", /## 最小示例[\s\S]*?```json\n([\s\S]*?)```/.exec(doc)![1]!);
    const refused = await run("render", minimal, "-o", out("minimal.docx"));
    expect(refused.code).toBe(1);
    expect(refused.err).toContain("  错误  基本信息：请填写成文日期（印在报告末尾的落款日期）");
    expect(existsSync(out("minimal.docx"))).toBe(false);
    expect((await run("render", minimal, "-o", out("minimal.docx"), "--draft")).code).toBe(0);
  });

  it("never writes over its input; over an existing file only with --force", async () => {
    const self = await run("render", VALID, "-o", VALID);
    expect(self.code).toBe(2);
    expect(self.err).toBe(`不能把结果写到输入文件本身（${VALID}），请换一个输出文件名`);
    expect(JSON.parse(readFileSync(VALID, "utf8")).unit.name).toBe(valid.unit.name); // untouched
    const target = file("exists.docx", "keep me");
    const refused = await run("render", VALID, "-o", target);
    expect(refused.code).toBe(2);
    expect(refused.err).toBe(`${target} 已存在，未覆盖；确需覆盖请加 --force`);
    expect(readFileSync(target, "utf8")).toBe("keep me");
    expect((await run("render", VALID, "-o", target, "--force")).code).toBe(0);
    expect(readFileSync(target).subarray(0, 2).toString()).toBe("PK");
  });

  it("--draft writes a 草稿 despite the errors; --fonts windows switches fonts", async () => {
    const r = await run("render", BROKEN, "-o", out("draft.docx"), "--draft", "--fonts", "windows");
    expect(r.code).toBe(0);
    const files = unzipSync(new Uint8Array(readFileSync(out("draft.docx"))));
    const headers = Object.keys(files).filter((n) => n.startsWith("word/header"));
    expect(headers.map((h) => strFromU8(files[h]!)).every((x) => x.includes("草稿"))).toBe(true);
    expect(strFromU8(files["word/styles.xml"]!)).toContain('w:eastAsia="仿宋"');
  });

  it.each([
    ["missing file", [out("nope.json"), "-o", out("x.docx")], "找不到文件"],
    ["malformed JSON", [file("bad.json", "{oops"), "-o", out("x.docx")], "不是有效的 JSON 文件"],
    ["no output", [VALID], "用法"],
    ["unknown font profile", [VALID, "-o", out("x.docx"), "--fonts", "comic"], "不支持的字体方案"],
    ["unknown option", [VALID, "-o", out("x.docx"), "--pdf"], "未知选项"],
  ])("exits 2 for %s", async (_, args, message) => {
    const r = await run("render", ...args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(existsSync(out("x.docx"))).toBe(false);
  });

  it("is listed in the help", async () => {
    expect((await run("--help")).out).toContain("nianbao render");
  });
});
