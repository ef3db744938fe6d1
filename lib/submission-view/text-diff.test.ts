import { describe, expect, it } from "vitest";
import { sideText, textDiff } from "./text-diff";

describe("textDiff", () => {
  it("marks the changed characters and keeps the rest whole", () => {
    const before = "全年收到政府信息公开申请57件。";
    const after = "全年收到政府信息公开申请61件，均已按时答复。";
    const d = textDiff(before, after);
    expect(sideText(d, "before")).toBe(before);
    expect(sideText(d, "after")).toBe(after);
    expect(d[0]).toEqual({ op: "same", text: "全年收到政府信息公开申请" });
    expect(d.filter((s) => s.op === "removed").map((s) => s.text).join("")).toBe("57");
    expect(d.filter((s) => s.op === "added").map((s) => s.text).join("")).toBe("61，均已按时答复");
  });

  it("says nothing changed for the same text, and all added for a new paragraph", () => {
    expect(textDiff("同一段", "同一段")).toEqual([{ op: "same", text: "同一段" }]);
    expect(textDiff("", "新写的一段")).toEqual([{ op: "added", text: "新写的一段" }]);
    expect(textDiff("删掉的一段", "")).toEqual([{ op: "removed", text: "删掉的一段" }]);
  });

  it("never splits a character outside the BMP into halves", () => {
    const d = textDiff("甲𠀀乙", "甲𠀁乙");
    expect(d).toEqual([
      { op: "same", text: "甲" },
      { op: "removed", text: "𠀀" },
      { op: "added", text: "𠀁" },
      { op: "same", text: "乙" },
    ]);
  });

  it("shows two long rewritten texts as removed and added whole (no quadratic blow-up)", () => {
    const a = "甲".repeat(3000);
    const b = "乙".repeat(3000);
    expect(textDiff(`开头${a}结尾`, `开头${b}结尾`)).toEqual([
      { op: "same", text: "开头" },
      { op: "removed", text: a },
      { op: "added", text: b },
      { op: "same", text: "结尾" },
    ]);
  });
});
