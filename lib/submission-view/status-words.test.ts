import { describe, expect, it } from "vitest";
import { deadlineLine, statusLine, STATUS_WORDS, todayIso, waitWords } from "./status-words";

describe("status words", () => {
  it("names the four statuses as the issue does", () => {
    expect(STATUS_WORDS).toEqual({ draft: "草稿", submitted: "已报送", returned: "退回修改", approved: "已通过" });
  });
  it("says the version and the time", () => {
    const at = new Date(2025, 0, 20, 9, 5).toISOString();
    expect(statusLine("submitted", 2, at)).toBe("已报送（第 2 版，2025年1月20日 09:05）");
  });
  it("says how long to wait in minutes or seconds, rounded up", () => {
    expect(waitWords(40)).toBe("40 秒");
    expect(waitWords(61)).toBe("2 分钟");
    expect(waitWords(900)).toBe("15 分钟");
  });

  it("says the deadline and how far away it is, across a month's end", () => {
    expect(deadlineLine("2025-01-31", "2025-01-28")).toBe("报送截止日期：2025年1月31日（还有 3 天）");
    expect(deadlineLine("2025-01-31", "2025-01-31")).toBe("报送截止日期：2025年1月31日（今天截止）");
    expect(deadlineLine("2025-01-31", "2025-02-02")).toBe("报送截止日期：2025年1月31日（已过 2 天）");
    expect(todayIso(new Date(2025, 0, 5))).toBe("2025-01-05");
  });
});
