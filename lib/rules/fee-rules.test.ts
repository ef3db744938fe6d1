// Family fee: 信息处理费 must be stated, and an amount collected must be one a document can print.
import { describe, expect, it } from "vitest";
import valid from "../../templates/gov-2021/fixtures/valid-report.json";
import { evaluate } from "./evaluate";

const withFee = (infoFee: { status: string; amountYuan: unknown }) => evaluate({ ...valid, infoFee });
const SECTION = "六、其他需要报告的事项";

describe("fee.status", () => {
  it("is an error while it is not said whether a fee was collected", () => {
    expect(withFee({ status: "unknown", amountYuan: null })).toEqual([
      {
        rule: "fee.status",
        severity: "error",
        cells: ["infoFee.status"],
        message: `${SECTION}：请说明本年度是否收取信息处理费（“未收取”或收取的金额）`,
      },
    ]);
    expect(withFee({ status: "", amountYuan: null })[0]!.rule).toBe("fee.status");
  });

  it("is silent for 未收取, whatever the amount field holds", () => {
    expect(withFee({ status: "not-collected", amountYuan: "abc" })).toEqual([]);
  });
});

describe("fee.amount", () => {
  const amount = (amountYuan: unknown) => withFee({ status: "collected", amountYuan });
  const issue = (message: string) => [{ rule: "fee.amount", severity: "error", cells: ["infoFee.amountYuan"], message }];

  it.each([
    [null, `${SECTION}：已收取信息处理费，请填写金额（元）`],
    ["abc", `${SECTION}：信息处理费金额“abc”不是有效的金额，请填写阿拉伯数字（元）`],
    [1e308, `${SECTION}：信息处理费金额“1e+308”不是有效的金额，请填写阿拉伯数字（元）`],
    [-5, `${SECTION}：信息处理费金额不能为负数（现为 -5 元）`],
    ["-50", `${SECTION}：信息处理费金额不能为负数（现为 -50 元）`],
    [0.123456789, `${SECTION}：信息处理费金额以元为单位，最多保留 2 位小数（现为 0.123456789 元）`],
  ])("refuses %s", (value, message) => {
    expect(amount(value)).toEqual(issue(message));
  });

  it.each([400, "1,200", "１２０", "12.50", 0.5])("accepts %s", (value) => {
    expect(amount(value)).toEqual([]);
  });
});
