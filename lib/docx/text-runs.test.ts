import { Document, Packer, Paragraph } from "docx";
import { describe, expect, it } from "vitest";
import { els, readDocx, textOf, val } from "../../test-support/docx-utils";
import { scriptPieces, textRuns } from "./text-runs";

async function runsOf(text: string) {
  const doc = new Document({ sections: [{ children: [new Paragraph({ children: textRuns(text) })] }] });
  const body = readDocx(new Uint8Array(await Packer.toBuffer(doc))).xml("word/document.xml");
  return els(body, "r").map((r) => {
    const lang = els(r, "lang")[0];
    return { text: textOf(r), latin: val(lang), eastAsia: val(lang, "eastAsia") };
  });
}

describe("scriptPieces", () => {
  it("splits Latin letters and digits from Chinese text, spaces going with the piece before", () => {
    expect(scriptPieces("自2024年1月 共57件 ok。")).toEqual([
      { text: "自", latin: false },
      { text: "2024", latin: true },
      { text: "年", latin: false },
      { text: "1", latin: true },
      { text: "月 共", latin: false },
      { text: "57", latin: true },
      { text: "件 ", latin: false },
      { text: "ok", latin: true },
      { text: "。", latin: false },
    ]);
    expect(scriptPieces(" —")).toEqual([{ text: " —", latin: false }]);
    expect(scriptPieces("")).toEqual([]);
  });

  it("keeps every character, in order", () => {
    const s = "“三安全一稳定”、《条例》第50条，abc—12.5%…😀";
    expect(scriptPieces(s).map((p) => p.text).join("")).toBe(s);
  });
});

describe("textRuns", () => {
  it("tags Latin runs en-US and Chinese runs zh-CN, one language per run", async () => {
    const runs = await runsOf("统计期限自2024年1月1日起");
    expect(runs.map((r) => r.text)).toEqual(["统计期限自", "2024", "年", "1", "月", "1", "日起"]);
    for (const r of runs) {
      if (/\d/.test(r.text)) expect([r.latin, r.eastAsia]).toEqual(["en-US", null]);
      else expect([r.latin, r.eastAsia]).toEqual([null, "zh-CN"]);
    }
  });

});
