// 信息处理费 read from its own paragraph, amounts as written; and the renderer's fee paragraph, which always
// carries the recorded status, read back to that status.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reportBlocks } from "../../docx/sections";
import type { InfoFee, Report } from "../../report/types";
import valid from "../../../templates/gov-2021/fixtures/valid-report.json";
import { gov2021 } from "../../../templates/gov-2021";
import { feeFromProse, feePartText, feeStatement, readFeePart, readInfoFee, sameFee } from "./info-fee";

const read = (...paragraphs: string[]) => readInfoFee(paragraphs);
const squash = (text: string) => text.split("\n").map((l) => l.replace(/\s/g, "")).filter(Boolean).join("\n");
const collected = (amountYuan: number): InfoFee => ({ status: "collected", amountYuan });
const NOT: InfoFee = { status: "not-collected", amountYuan: null };
const UNKNOWN: InfoFee = { status: "unknown", amountYuan: null };

describe("readInfoFee", () => {
  it("amounts as written: 「1,200元」, full-width digits, 万元 → 元", () => {
    expect(read("2022年共收取信息处理费400元。")).toEqual(collected(400));
    expect(read("本年度收取信息处理费共计1,200元。")).toEqual(collected(1200));
    expect(read("本年度收取信息处理费１，２００元。")).toEqual(collected(1200));
    expect(read("全年收取信息处理费 0.12 万元。")).toEqual(collected(1200));
    expect(read("收取信息处理费1234.5元")).toEqual(collected(1234.5));
  });

  it("not collected, however it is said", () => {
    for (const s of ["2022年度未收取信息处理费，减免费用50元。", "本机关没有收取信息处理费。", "本年度未向申请人收取任何费用。", "依法免收信息处理费。", "不收取信息处理费。"])
      expect(read(s), s).toEqual(NOT);
  });

  it("a negative, an impossible number or no number is not an amount; nothing said is unknown", () => {
    expect(read("收取信息处理费-50元。")).toEqual(UNKNOWN);
    expect(read("收取信息处理费－50元。")).toEqual(UNKNOWN);
    const huge = read("收取信息处理费99999999999999999999999元。");
    expect(huge).toEqual(UNKNOWN);
    expect(read("严格按照规定收取信息处理费。", "无")).toEqual(UNKNOWN);
    expect(read("收到申请2件，已全部答复。")).toEqual(UNKNOWN);
  });

  it("the first paragraph that states the fee decides it", () => {
    expect(read("有关情况如下。", "本年度未收取信息处理费。", "另收取复印费20元。")).toEqual(NOT);
  });
});

const typedArb = fc.oneof(
  fc.constant(""),
  fc.constantFrom("无", "有关情况说明如下。", "本机关未收取信息处理费。", "2024年共收取信息处理费1,200元。", "共收取信息处理费0.05万元。", "依法依规开展工作。\n本年度未收取信息处理费。"),
);
const feeArb: fc.Arbitrary<InfoFee> = fc.oneof(fc.constant(NOT), fc.constant(UNKNOWN), fc.oneof(fc.nat(100_000), fc.nat(1_000_000).map((n) => n / 100)).map(collected));

describe("the fee paragraph as printed and as read (六（一）)", () => {
  it("prints the recorded status after the clerk's text unless the text already says it", () => {
    expect(feePartText("", NOT)).toBe("本年度未收取信息处理费。");
    expect(feePartText("本机关未收取信息处理费。", NOT)).toBe("本机关未收取信息处理费。");
    expect(feePartText("有关情况说明如下。", collected(300))).toBe("有关情况说明如下。\n本年度收取信息处理费共计300元。");
    expect(feePartText("2024年共收取信息处理费1,200元。", NOT)).toBe("2024年共收取信息处理费1,200元。\n本年度未收取信息处理费。");
    expect(feePartText("有关情况说明如下。", UNKNOWN)).toBe("有关情况说明如下。");
  });

  it("the renderer uses it: 六（一） carries the status when the clerk typed something else", () => {
    const r = structuredClone(valid) as unknown as Report;
    r.prose.other!.parts.fee = "认真执行《政府信息公开信息处理费管理办法》。";
    r.infoFee = collected(753);
    const texts = reportBlocks(r).map((b) => ("text" in b ? b.text : ""));
    const at = texts.indexOf("（一）收取信息处理费情况");
    expect(texts.slice(at + 1, at + 3)).toEqual(["认真执行《政府信息公开信息处理费管理办法》。", "本年度收取信息处理费共计753元。"]);
  });

  it("reads back the recorded status whatever was typed, and the typed text unless it ends with the printed sentence", () => {
    fc.assert(
      fc.property(typedArb, feeArb, (typed, fee) => {
        const back = readFeePart(feePartText(typed, fee));
        if (fee.status !== "unknown") expect(sameFee(back.fee, fee)).toBe(true);
        const endsWithStatement = typed.split("\n").some((l) => l === feeStatement(back.fee));
        if (!endsWithStatement) expect(squash(back.text)).toBe(squash(typed));
      }),
      { numRuns: 300 },
    );
  });

  it("a lone printed sentence is the status, not prose (what the renderer writes for an empty part)", () => {
    expect(readFeePart("本年度未收取信息处理费。")).toEqual({ text: "", fee: NOT });
    expect(readFeePart("本年度收取信息处理费共计1200.5元。")).toEqual({ text: "", fee: collected(1200.5) });
  });
});

describe("feeFromProse: the fee stated anywhere in 六", () => {
  const six = (text: string, parts: Record<string, string> = {}) => ({ other: { text, parts } });
  const heads = (withFeePart: boolean) => ({ sections: [], parts: new Map(withFeePart ? [["other", [{ key: "fee", line: 0, text: "（一）收取信息处理费情况" }]]] : []), findings: [] });

  it("六 without sub-headings: any paragraph about a fee, not only one naming 信息处理费", () => {
    expect(feeFromProse(gov2021, six("本年度无其他需要报告的事项。\n本年度未发生收费情况。"), heads(false)).infoFee).toEqual(NOT);
    expect(feeFromProse(gov2021, six("无。\n本年度共收取信息公开处理费120元。"), heads(false)).infoFee).toEqual(collected(120));
    expect(feeFromProse(gov2021, six("无。\n本机关未收取任何费用。"), heads(false)).infoFee).toEqual(NOT);
  });

  it("a 六（一） that says nothing of the fee leaves it to the other paragraphs; 行政事业性收费 (表二) is not this fee", () => {
    expect(feeFromProse(gov2021, six("", { fee: "认真执行管理办法。", otherMatters: "本年度未收取信息处理费。" }), heads(true)).infoFee).toEqual(NOT);
    expect(feeFromProse(gov2021, six("本年度行政事业性收费12.5万元。"), heads(false)).infoFee).toEqual(UNKNOWN);
  });
});
