import { describe, expect, it } from "vitest";
import { runInHeading } from "./run-in-heading";

describe("runInHeading", () => {
  it("splits a numbered sub-heading from the text that follows it on the same line", () => {
    expect(runInHeading("（一）主动公开。本年度，我镇主动公开信息80条。")).toEqual({ head: "（一）主动公开", rest: "本年度，我镇主动公开信息80条。" });
    expect(runInHeading("（二）依申请公开：全年收到申请5件。")).toEqual({ head: "（二）依申请公开", rest: "全年收到申请5件。" });
    expect(runInHeading("（三）政府信息管理 严格落实保密审查制度。")).toEqual({ head: "（三）政府信息管理", rest: "严格落实保密审查制度。" });
    expect(runInHeading("1.体制机制建设情况。由党政办负责。")).toEqual({ head: "1.体制机制建设情况", rest: "由党政办负责。" });
  });

  it("leaves headings alone, and sentences that are not numbered", () => {
    expect(runInHeading("（一）主动公开")).toEqual({ head: "（一）主动公开", rest: "" });
    expect(runInHeading("（六）本机关本年度没有其他需要报告的事项。")).toEqual({ head: "（六）本机关本年度没有其他需要报告的事项。", rest: "" });
    expect(runInHeading("一是完善政策解读。及时发布解读。")).toEqual({ head: "一是完善政策解读。及时发布解读。", rest: "" });
    expect(runInHeading("2021年，我镇共收到申请5件。")).toEqual({ head: "2021年，我镇共收到申请5件。", rest: "" });
  });

  it("with the heading known, splits where nothing separates it from its text (a PDF's text loses the space)", () => {
    expect(runInHeading("（四）政府信息公开平台建设持续做好网站维护。", "（四）政府信息公开平台建设")).toEqual({ head: "（四）政府信息公开平台建设", rest: "持续做好网站维护。" });
    expect(runInHeading("（四）平台建设持续做好网站维护。", "（四）政府信息公开平台建设")).toEqual({ head: "（四）平台建设持续做好网站维护。", rest: "" });
    expect(runInHeading("（三）政府信息公开平台建设持续做好。", "（四）政府信息公开平台建设")).toEqual({ head: "（三）政府信息公开平台建设持续做好。", rest: "" });
  });
});
