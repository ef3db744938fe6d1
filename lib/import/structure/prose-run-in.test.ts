// Sub-headings with their text on the same line (「（一）主动公开。本年度…」), as many reports are written:
// every part of 一 and 六 keeps its first sentence and stays in its place, from Word and from a PDF's text.
import { Document, Packer, Paragraph } from "docx";
import { describe, expect, it } from "vitest";
import { importReport } from "../build/import-report";

const PARTS = [
  ["proactive", "（一）主动公开。", "本年度，我镇通过政府网站主动公开信息80条，其中政策文件12件，政策解读5篇，回应关切10次。"],
  ["requests", "（二）依申请公开：", "本年度共收到政府信息公开申请3件，均已按期答复。"],
  ["management", "（三）政府信息管理。", "严格落实保密审查制度，全年未发生泄密事件。"],
  ["platform", "（四）政府信息公开平台建设 ", "持续做好政府网站信息公开专栏的维护和更新。"],
  ["oversight", "（五）监督保障。", "将政务公开纳入年度考核，组织业务培训2次。"],
] as const;

const lines = [
  "城关镇2024年政府信息公开工作年度报告",
  "一、总体情况",
  "2024年，城关镇扎实推进政府信息公开工作。",
  ...PARTS.map(([, head, text]) => head + text),
  "二、主动公开政府信息情况",
  "三、收到和处理政府信息公开申请情况",
  "四、政府信息公开行政复议、行政诉讼情况",
  "五、存在的主要问题及改进情况",
  "公开内容不够丰富。",
  "六、其他需要报告的事项",
  "（一）收取信息处理费情况。本年度未收取信息处理费。",
  "（六）其他需要报告的事项：无。",
];

function expectParts(r: ReturnType<typeof importReport>) {
  if (!r.ok) throw new Error(r.error);
  const overview = r.report.prose.overview!;
  expect(overview.text).toBe("2024年，城关镇扎实推进政府信息公开工作。");
  expect(Object.fromEntries(PARTS.map(([key]) => [key, overview.parts[key]]))).toEqual(Object.fromEntries(PARTS.map(([key, , text]) => [key, text])));
  // 「本年度未收取信息处理费。」 is the fee's status (lib/import/structure/info-fee.ts), not prose.
  expect([r.report.infoFee.status, r.report.prose.other!.parts.otherMatters]).toEqual(["not-collected", "无。"]);
}

describe("sub-headings run in with their text", () => {
  it("from a Word document: a paragraph per part, heading and text together", async () => {
    const doc = new Document({ sections: [{ children: lines.map((t) => new Paragraph(t)) }] });
    expectParts(importReport({ name: "r.docx", bytes: new Uint8Array(await Packer.toBuffer(doc)) }));
  });

  it("from a PDF's text: wrapped at 20 characters, indented, with page numbers", () => {
    const wrap = (t: string) => {
      const out: string[] = [];
      for (let i = 0; i < t.length; i += i === 0 ? 18 : 20) out.push((i === 0 ? "  " : "") + t.slice(i, i === 0 ? 18 : i + 20));
      return out;
    };
    const text = [...lines.slice(0, 6).flatMap(wrap), "— 1 —", "\f", ...lines.slice(6).flatMap(wrap)].join("\n");
    expectParts(importReport({ text }));
  });
});
