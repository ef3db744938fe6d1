import { describe, expect, it } from "vitest";
import { statusLine, STATUS_WORDS, waitWords } from "./status-words";

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
});
