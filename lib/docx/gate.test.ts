import { describe, expect, it } from "vitest";
import valid from "../../templates/gov-2021/fixtures/valid-report.json";
import type { Report } from "../report/types";
import { buildDocxBlob, DocxRefused } from "./browser";
import { gateReport } from "./gate";

const fixture = valid as unknown as Report;
const broken = (): Report => {
  const r = structuredClone(fixture);
  (r.tables.requests as Record<string, Record<string, number>>).received!.natural = 47;
  return r;
};

describe("errors gate the final file", () => {
  it("a valid report passes", () => {
    expect(gateReport(fixture)).toEqual({ ok: true, warnings: [] });
  });

  it("errors refuse the final file, with the error list; a draft passes", () => {
    const gate = gateReport(broken());
    expect(gate.ok).toBe(false);
    if (!gate.ok) expect(gate.errors.map((e) => e.rule)).toEqual(["requests.balance", "requests.row-total"]);
    expect(gateReport(broken(), { draft: true }).ok).toBe(true);
  });

  it("warnings do not block", () => {
    const r = structuredClone(fixture);
    (r.tables.proactive as Record<string, Record<string, number>>).fees!.amount = 5000; // probably typed in 元
    const gate = gateReport(r);
    expect(gate.ok).toBe(true);
    if (gate.ok) expect(gate.warnings.map((w) => w.rule)).toContain("proactive.fee-unit");
  });
});

describe("buildDocxBlob (browser entry)", () => {
  it("returns a .docx Blob (a zip) for a valid report", async () => {
    const blob = await buildDocxBlob(fixture, { draft: false, fonts: "gb2312" });
    const head = new Uint8Array(await blob.slice(0, 2).arrayBuffer());
    expect(String.fromCharCode(...head)).toBe("PK");
    expect(blob.size).toBeGreaterThan(5000);
  });

  it("throws DocxRefused carrying the errors unless draft", async () => {
    const err = await buildDocxBlob(broken(), { draft: false, fonts: "gb2312" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DocxRefused);
    expect((err as DocxRefused).issues.every((i) => i.severity === "error")).toBe(true);
    expect((err as DocxRefused).message).toContain("2 个错误");
    await expect(buildDocxBlob(broken(), { draft: true, fonts: "windows" })).resolves.toBeInstanceOf(Blob);
  });
});
