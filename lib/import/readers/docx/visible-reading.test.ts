// Reading the visible text gets the cases of issue 16 right: a heading counts only where the format allows it,
// the signature is found with or without a date, 信息处理费 comes from its own paragraph.
import { readFileSync } from "node:fs";
import path from "node:path";
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph } from "docx";
import { describe, expect, it } from "vitest";
import { renderDocxBuffer } from "../../../docx/pack";
import type { Report } from "../../../report/types";
import valid from "../../../../templates/gov-2021/fixtures/valid-report.json";
import { importReport, type ImportResult } from "../../build/import-report";
import { withoutEmbeddedData } from "../../../../test-support/docx-packages";

const seeds = path.resolve(import.meta.dirname, "../../../../templates/gov-2021/fixtures/seeds");
const seed002 = readFileSync(path.join(seeds, "002.txt"), "utf8");
const fixture = valid as unknown as Report;

const ok = (r: ImportResult) => {
  if (!r.ok) throw new Error(r.error);
  return r;
};
const structure = (r: ReturnType<typeof ok>) => r.findings.filter((f) => f.rule.startsWith("structure.missing"));

/** The fixture rendered by the app, then read from its visible text only (the data part removed). */
async function visibly(edit: (r: Report) => void) {
  const r = structuredClone(fixture);
  edit(r);
  const bytes = withoutEmbeddedData(new Uint8Array(await renderDocxBuffer(r, { draft: true })));
  return { want: r, got: ok(importReport({ name: "r.docx", bytes })) };
}

describe("a heading counts only where the format allows it", () => {
  const FIVE = "五、存在的主要问题及改进情况";

  it("plain text: 「五、…」 typed inside （一） is prose — order decides (seed 002)", () => {
    const text = seed002.replace("由王春军分管信息公开，党政办公室具体负责。", `由王春军分管信息公开，党政办公室具体负责。\n${FIVE}\n下文另述。`);
    const r = ok(importReport({ text }));
    expect(structure(r)).toEqual([]);
    expect(r.report.prose.overview!.parts.proactive).toContain(`${FIVE}\n下文另述。`);
    expect(r.report.prose.problems!.parts).toEqual({});
    expect(r.report.prose.problems!.text).toMatch(/^（一）2020年问题整改情况/);
  });

  it(".docx: a body paragraph repeating any heading, in order or not, stays in its section (style decides)", async () => {
    const { want, got } = await visibly((r) => {
      r.prose.overview!.parts.proactive = `${FIVE}\n全年主动公开信息126条。`;
      r.prose.problems!.text = "六、其他需要报告的事项\n（一）收取信息处理费情况\n存在公开内容不够丰富等问题。";
      r.prose.overview!.parts.management = "（四）政府信息公开平台建设";
      r.prose.overview!.parts.platform = "";
    });
    expect(structure(got)).toEqual([]);
    expect(got.report.prose).toEqual(want.prose);
  });

  it(".docx from another program: Heading 1 paragraphs are the headings, a Normal paragraph that repeats one is not", async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph("示例县城关镇人民政府2024年政府信息公开工作年度报告"),
            ...["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况"].map(
              (t) => new Paragraph({ text: t, heading: HeadingLevel.HEADING_1 }),
            ),
            new Paragraph({ text: "问题如下。", style: "BodyText" }),
            new Paragraph({ text: "六、其他需要报告的事项", style: "BodyText" }),
            new Paragraph({ text: "以上问题将逐步整改。", style: "BodyText" }),
            new Paragraph({ text: "六、其他需要报告的事项", heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ text: "无。", style: "BodyText" }),
          ],
        },
      ],
      styles: { paragraphStyles: [{ id: "BodyText", name: "Body Text", run: {} }] },
    });
    const r = ok(importReport({ name: "x.docx", bytes: new Uint8Array(await Packer.toBuffer(doc)) }));
    expect(r.report.prose.problems!.text).toBe("问题如下。\n六、其他需要报告的事项\n以上问题将逐步整改。");
    expect(r.report.prose.other!.text).toBe("无。");
  });

  it(".docx from another program with every heading in 标题 1, 「（一）」 included: the sub-headings are found", async () => {
    const h1 = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_1 });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph("示例县城关镇人民政府2024年政府信息公开工作年度报告"),
            h1("一、总体情况"),
            h1("（一）主动公开"),
            new Paragraph({ text: "（二）依申请公开", style: "BodyText" }),
            new Paragraph({ text: "全年主动公开信息126条。", style: "BodyText" }),
            h1("（二）依申请公开"),
            new Paragraph({ text: "全年收到申请57件。", style: "BodyText" }),
            h1("五、存在的主要问题及改进情况"),
            new Paragraph({ text: "无。", style: "BodyText" }),
          ],
        },
      ],
      styles: { paragraphStyles: [{ id: "BodyText", name: "Body Text", run: {} }] },
    });
    const r = ok(importReport({ name: "x.docx", bytes: new Uint8Array(await Packer.toBuffer(doc)) }));
    expect(r.report.prose.overview!.parts).toMatchObject({ proactive: "（二）依申请公开\n全年主动公开信息126条。", requests: "全年收到申请57件。" });
  });
});

describe("the signature block, with or without a date", () => {
  it("an empty 成文日期: the unit's name at the end is the signature, not prose (issue: 「无。」 + name)", async () => {
    const { want, got } = await visibly((r) => {
      r.publishedOn = "";
      r.prose.other!.parts.otherMatters = "无。";
    });
    expect(got.report.prose.other!.parts.otherMatters).toBe("无。");
    expect(got.report.publishedOn).toBe("");
    expect(got.report.prose).toEqual(want.prose);
  });

  it("a last paragraph that is the unit's name, or a date, stays prose (it is not placed as a signature)", async () => {
    for (const date of ["", "2025-01-20"]) {
      const { want, got } = await visibly((r) => {
        r.publishedOn = date;
        r.prose.other!.parts.otherMatters = `无。\n${r.unit.name}\n2025年1月20日`;
      });
      expect(got.report.prose.other!.parts.otherMatters, date).toBe(want.prose.other!.parts.otherMatters);
      expect(got.report.publishedOn).toBe(date);
    }
    // No name and no date yet (a draft): the clerk's last paragraphs are all there is at the end.
    const { want, got } = await visibly((r) => {
      r.unit.name = "";
      r.publishedOn = "";
      r.prose.other!.parts.otherMatters = "示例县城关镇人民政府\n2025年1月20日";
    });
    expect([got.report.publishedOn, got.report.prose.other!.parts.otherMatters]).toEqual(["", want.prose.other!.parts.otherMatters]);
  });

  it("plain text: name and date, name alone, or date alone", () => {
    const tail = (sig: string) => ok(importReport({ text: seed002.replace(/安丘市官庄镇人民政府\n2022年1月24日\s*$/, sig) })).report;
    const last = (r: Report) => r.prose.other!.parts.otherMatters;
    expect(tail("安丘市官庄镇人民政府\n2022年1月24日\n")).toMatchObject({ publishedOn: "2022-01-24" });
    expect(last(tail("安丘市官庄镇人民政府\n2022年1月24日\n"))).not.toContain("安丘市官庄镇人民政府\n");
    const nameOnly = tail("安丘市官庄镇人民政府\n");
    expect(nameOnly.publishedOn).toBe("");
    expect(last(nameOnly)).not.toMatch(/安丘市官庄镇人民政府$/);
    expect(tail("\n2022年1月24日\n").publishedOn).toBe("2022-01-24");
  });

  it("a right-aligned signature in a document from another program", async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            ...["示例镇2024年政府信息公开工作年度报告", "一、总体情况", "全年工作正常开展。", "六、其他需要报告的事项", "无。"].map((t) => new Paragraph(t)),
            new Paragraph({ text: "示例镇人民政府", alignment: AlignmentType.RIGHT }),
          ],
        },
      ],
    });
    const r = ok(importReport({ name: "x.docx", bytes: new Uint8Array(await Packer.toBuffer(doc)) }));
    expect(r.report.prose.other!.text).toBe("无。");
  });
});

describe("信息处理费 from its own paragraph", () => {
  it("未收取 stays 未收取 when another part of 六 names an amount (issue: 753 / 888 / 342)", async () => {
    const { got } = await visibly((r) => {
      r.prose.other!.parts.fee = "";
      r.prose.other!.parts.keyPoints = "全年收取行政事业性收费753元，均按规定上缴。";
      r.prose.other!.parts.statistics = "收取信息处理费情况见第（一）项；本年收取复印费888元。";
      r.infoFee = { status: "not-collected", amountYuan: null };
    });
    expect(got.report.infoFee).toEqual({ status: "not-collected", amountYuan: null });
    expect(got.report.prose.other!.parts.fee).toBe("");
  });

  it("a typed fee paragraph no longer hides the status: it is printed after it and read back", async () => {
    for (const infoFee of [{ status: "not-collected", amountYuan: null }, { status: "collected", amountYuan: 1200 }] as const) {
      const { want, got } = await visibly((r) => {
        r.prose.other!.parts.fee = "认真执行《政府信息公开信息处理费管理办法》。";
        r.infoFee = infoFee;
      });
      expect(got.report.infoFee).toEqual(infoFee);
      expect(got.report.prose.other!.parts.fee).toBe(want.prose.other!.parts.fee);
    }
  });
});

describe("the unit kind", () => {
  it("comes from the name; when unsure the import says so (import.unit-kind-uncertain)", async () => {
    const { got } = await visibly((r) => (r.unit = { name: "示例市人民政府", kind: "city-government" }));
    expect(got.report.unit.kind).toBe("city-government");
    const said = got.findings.filter((f) => f.rule === "import.unit-kind-uncertain");
    expect(said.map((f) => f.cells)).toEqual([["unit.kind"]]);
    expect(said[0]!.message).toContain("设区的市级人民政府");
    const sure = await visibly(() => undefined);
    expect(sure.got.report.unit.kind).toBe("township");
    expect(sure.got.findings.map((f) => f.rule)).not.toContain("import.unit-kind-uncertain");
  });
});
