import { describe, expect, it } from "vitest";
import { contactSentence, parseContactSentence, printedContact } from "./contact-sentence";
import type { Report } from "./types";

const unit = { name: "示例县城关镇人民政府", kind: "township" };
const none = { department: "", address: "", postcode: "", phone: "", email: "", website: "" };
const with_ = (c: Partial<Report["contact"]>) => ({ unit, contact: { ...none, ...c } });

describe("contactSentence", () => {
  it("names the department and lists only the filled details, in order", () => {
    expect(contactSentence(with_({ department: "党政办公室", address: "人民路1号", phone: "0000-1234567" }))).toBe(
      "如对本报告有疑问，请与党政办公室联系（地址：人民路1号；电话：0000-1234567）。",
    );
    expect(contactSentence(with_({ address: "a", postcode: "b", phone: "c", email: "d", website: "e" }))).toBe(
      "如对本报告有疑问，请与示例县城关镇人民政府联系（地址：a；邮编：b；电话：c；邮箱：d；网址：e）。",
    );
  });

  it("says nothing when no detail is filled", () => {
    expect(contactSentence(with_({ department: "党政办公室" }))).toBe("");
    expect(contactSentence(with_({ phone: "   " }))).toBe("");
  });
});

describe("parseContactSentence", () => {
  it("reads back what contactSentence printed, with or without a department", () => {
    for (const c of [
      { department: "党政办公室", address: "示例县城关镇人民路1号（政务服务中心）", postcode: "000000", phone: "0000-1234567" },
      { email: "gk@example.gov.cn", website: "http://www.example.gov.cn" },
    ]) {
      const report = with_(c);
      const text = `本报告……编制。\n${contactSentence(report)}\n其他。`;
      expect(parseContactSentence(text, unit.name)).toEqual({ contact: report.contact, rest: "本报告……编制。\n其他。" });
    }
  });

  it("reads a sentence wrapped over lines (PDF text) and half-width punctuation", () => {
    const text = "   如对本报告有疑问，请与党政办公室联系（地址：示例县城关镇人民路1号；邮\n编：000000；电话：0000-1234567）。";
    expect(parseContactSentence(text)?.contact).toMatchObject({ department: "党政办公室", address: "示例县城关镇人民路1号", postcode: "000000", phone: "0000-1234567" });
    expect(parseContactSentence("如对本报告有疑问,请与办公室联系(电话:123;邮箱:a@b.cn).")?.contact).toMatchObject({ department: "办公室", phone: "123", email: "a@b.cn" });
    const spaced = "如对本报告有疑问，请与党政办公室联系（地址：示例县城关 镇 人 民 路 1 号 ； 邮 编 ： 000000 ； 电 话 ： 0000-\n1234567 ）。";
    expect(parseContactSentence(spaced)?.contact).toMatchObject({ address: "示例县城关镇人民路1号", postcode: "000000", phone: "0000-1234567" });
  });

  it("reads the sentence in its usual variants: 本年度报告/年度报告, fields separated by 「，」, other field names, details after 「联系。」", () => {
    const want = { department: "办公室", address: "示例县建设路88号，政务中心3楼", postcode: "123456", phone: "0371-6543210", email: "a@b.cn", website: "" };
    const variants = [
      "如对本年度报告有疑问，请与办公室联系（地址：示例县建设路88号，政务中心3楼，邮编：123456，电话：0371-6543210，邮箱：a@b.cn）。",
      "如对年度报告有疑问，请与办公室联系（通信地址：示例县建设路88号，政务中心3楼；邮政编码：123456；电话（传真）：0371-6543210；电子信箱：a@b.cn）。",
      "如对本报告有任何疑问，请与办公室联系。联系地址：示例县建设路88号，政务中心3楼，邮编：123456，联系电话：0371-6543210，电子邮箱：a@b.cn。",
    ];
    for (const v of variants) expect(parseContactSentence(`本报告……编制。${v}\n其他。`), v).toEqual({ contact: want, rest: "本报告……编制。\n其他。" });
    // 传真 stands in for 电话 only when no 电话 is given
    expect(parseContactSentence("如对本报告有疑问，请与办公室联系（电话：1；传真：2）。")?.contact.phone).toBe("1");
    expect(parseContactSentence("如对本报告有疑问，请与办公室联系（传真：2）。")?.contact.phone).toBe("2");
  });

  it("null when there is no such sentence or it states no detail", () => {
    expect(parseContactSentence("本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。")).toBeNull();
    expect(parseContactSentence("如对本报告有疑问，请与办公室联系（工作日）。")).toBeNull();
  });
});

describe("printedContact", () => {
  it("adds the sentence to the preamble unless the clerk already wrote one", () => {
    const r = { ...with_({ phone: "123" }), preamble: "本报告……编制。" };
    expect(printedContact(r)).toBe(contactSentence(r));
    expect(printedContact({ ...r, preamble: "本报告……编制。如对本报告有疑问，请与办公室联系（电话：456）。" })).toBe("");
  });
});
