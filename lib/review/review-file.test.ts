import { describe, expect, it } from "vitest";
import { renderDocxBuffer } from "../docx/pack";
import type { Report } from "../report/types";
import { setPath } from "../values/object-path";
import valid from "../../templates/gov-2021/fixtures/valid-report.json";
import { reviewFile, statusOf } from "./review-file";

const fixture = valid as unknown as Report;
const noPdf = async () => {
  throw new Error("no PDF here");
};
const json = (r: unknown) => new TextEncoder().encode(JSON.stringify(r));

describe("reviewFile", () => {
  it("a valid report: 通过, its unit, kind, year, format and the key figures of 表三/表四", async () => {
    const e = await reviewFile({ name: "乡镇/城关镇.docx", bytes: new Uint8Array(await renderDocxBuffer(fixture)) }, noPdf);
    const t = fixture.tables;
    const r = t.requests as Record<string, Record<string, number>>;
    const a = t.appeals as Record<string, Record<string, number>>;
    expect({ ...e, report: undefined, size: 0 }).toEqual({
      id: "乡镇/城关镇.docx", fileName: "乡镇/城关镇.docx", size: 0, status: "pass", unit: fixture.unit.name, unitKind: fixture.unit.kind,
      year: fixture.year, format: "gov-2021", errors: 0, warnings: 0, issues: [], findings: [], report: undefined,
      figures: {
        received: r.received!.total, outcomeTotal: r.outcomeTotal!.total, carriedForward: r.carriedForward!.total,
        reconsiderationTotal: a.review!.total, litigationTotal: a.direct!.total! + a.afterReview!.total!,
      },
    });
    expect(e.report?.unit.name).toBe(fixture.unit.name);
  });

  it("errors from the one engine: 有错误 with the counts", async () => {
    const e = await reviewFile({ name: "a.json", bytes: json(setPath(fixture, "tables.appeals.review.total", 9)) }, noPdf);
    expect([e.status, e.errors, e.warnings, e.issues.map((i) => i.rule)]).toEqual(["errors", 1, 0, ["appeals.group-total"]]);
  });

  it("never throws: a picture, an empty file, a PDF whose reader fails, a door's own reason — each 无法读取 in Chinese", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const pdf = new TextEncoder().encode("%PDF-1.4\n%…");
    const rows = await Promise.all([
      reviewFile({ name: "扫描.png", bytes: png }, noPdf),
      reviewFile({ name: "空.docx", bytes: new Uint8Array(0) }, noPdf),
      reviewFile({ name: "a.pdf", bytes: pdf }, noPdf),
      reviewFile({ name: "x.zip/a.docx", bytes: new Uint8Array(0), error: "压缩包中的这个文件已损坏，无法解开" }, noPdf),
    ]);
    for (const e of rows) {
      expect([e.status, e.unit, e.year, e.format, e.report]).toEqual(["unreadable", "", null, null, undefined]);
      expect(e.error).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(rows[3]!.error).toBe("压缩包中的这个文件已损坏，无法解开");
  });

  it("status precedence: 旧格式 over 有错误 over 通过", () => {
    const err = [{ rule: "x", severity: "error" as const, cells: [], message: "" }];
    expect([statusOf("gov-2019", err), statusOf("gov-2019", []), statusOf("gov-2021", err), statusOf("gov-2021", [])]).toEqual(["obsolete", "obsolete", "errors", "pass"]);
  });
});
