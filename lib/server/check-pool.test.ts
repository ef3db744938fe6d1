// The check pool (check-pool.ts): a submission's check on a worker thread answers exactly as in-process.
import { afterAll, describe, expect, it } from "vitest";
import { brokenReport, reportOf } from "../../test-support/server-mode";
import { checkSubmission } from "../submissions/check-submission";
import { checkOffThread, closeCheckPool } from "./check-pool";

afterAll(() => closeCheckPool());

describe("checkOffThread", () => {
  it.each([
    ["a valid report", reportOf("示例镇人民政府")],
    ["a report with a balance error", brokenReport("示例镇人民政府")],
    ["not a data file", "{}"],
    ["not JSON", "这不是 JSON"],
  ])("%s: the worker's answer is the in-process one", async (_name, text) => {
    const inProcess = checkSubmission(text);
    expect(await checkOffThread(text)).toEqual(inProcess);
  });

  it("passes a valid report with its cleaned data, year and unit; refuses one with errors with the issues", async () => {
    const ok = await checkOffThread(reportOf("示例镇人民政府", 2025));
    expect(ok.ok && [ok.year, ok.unitName, JSON.parse(ok.report).unit.name]).toEqual([2025, "示例镇人民政府", "示例镇人民政府"]);
    const refused = await checkOffThread(brokenReport("示例镇人民政府"));
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error).toMatch(/^报告还有 \d+ 处错误，改正后才能报送。$/);
    expect(!refused.ok && refused.issues.some((i) => i.severity === "error")).toBe(true);
  });
});

describe("checkOffThread when a thread fails", () => {
  it("checks what the thread held in-process: a crashed thread costs no submission", async () => {
    const texts = Array.from({ length: 20 }, (_, i) => reportOf(`第${i + 1}镇人民政府`));
    const answers = Promise.all(texts.map((t) => checkOffThread(t)));
    closeCheckPool(); // every thread ended with checks still held
    expect((await answers).map((a) => a.ok && a.unitName)).toEqual(texts.map((_, i) => `第${i + 1}镇人民政府`));
    expect((await checkOffThread(texts[0]!)).ok).toBe(true); // and the next check starts a fresh thread
  });
});
