// The route handler called directly with a Request (no server).
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import valid from "../../../../templates/gov-2021/fixtures/valid-report.json";
import { encodeGbk } from "../../../../test-support/gbk";
import { POST } from "./route";

const post = (body: BodyInit, query = "") =>
  POST(new Request(`http://localhost/api/report/docx${query}`, { method: "POST", body, headers: { "Content-Type": "application/json" } }));

const broken = () => {
  const r = structuredClone(valid);
  r.tables.requests.received.natural = 47; // 一+二 ≠ （七）总计+四 for 自然人
  return JSON.stringify(r);
};

const docx = async (res: Response) => unzipSync(new Uint8Array(await res.arrayBuffer()));

describe("POST /api/report/docx", () => {
  it("200 with the .docx for a valid report, with a UTF-8 file name", async () => {
    const res = await post(JSON.stringify(valid));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    const cd = res.headers.get("content-disposition")!;
    expect(cd).toMatch(/^attachment; filename="[\x20-\x7e]+\.docx"; filename\*=UTF-8''/);
    expect(decodeURIComponent(cd.split("UTF-8''")[1]!)).toBe("示例县城关镇人民政府2024年政府信息公开工作年度报告.docx");
    const files = await docx(res);
    expect(strFromU8(files["word/document.xml"]!)).toContain("一、总体情况");
    expect(Object.keys(files).some((n) => n.startsWith("word/header"))).toBe(false);
  });

  it("422 with the errors when the tables do not add up", async () => {
    const res = await post(broken());
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.error).toContain("错误");
    expect(body.issues.map((i: { rule: string }) => i.rule)).toContain("requests.balance");
    expect(body.issues.every((i: { severity: string }) => i.severity === "error")).toBe(true);
  });

  it("200 with ?draft=1 despite the errors, and the document says 草稿", async () => {
    const res = await post(broken(), "?draft=1");
    expect(res.status).toBe(200);
    const files = await docx(res);
    const headers = Object.keys(files).filter((n) => /^word\/header\d+\.xml$/.test(n));
    expect(headers.length).toBeGreaterThan(0);
    for (const h of headers) expect(strFromU8(files[h]!)).toContain("草稿");
    expect(decodeURIComponent(res.headers.get("content-disposition")!.split("UTF-8''")[1]!)).toContain("（草稿）");
  });

  it("?fonts=windows uses the Windows fonts; an unknown profile is refused without echoing it", async () => {
    const res = await post(JSON.stringify(valid), "?fonts=windows");
    expect(strFromU8((await docx(res))["word/styles.xml"]!)).toContain('w:eastAsia="仿宋"');
    const bad = await post(JSON.stringify(valid), "?fonts=%3Cscript%3Ealert(1)%3C/script%3E");
    expect(bad.status).toBe(422);
    expect(await bad.text()).not.toContain("script");
  });

  it("413 for a body over 1 MB", async () => {
    const big = JSON.stringify({ ...valid, preamble: "字".repeat(400_000) }); // 3 bytes a character in UTF-8
    expect(new TextEncoder().encode(big).byteLength).toBeGreaterThan(1024 * 1024);
    const res = await post(big);
    expect(res.status).toBe(413);
    expect((await res.json()).error).toContain("1 MB");
  });

  it("422 for malformed JSON and for JSON that is not a report", async () => {
    const bad = await post("{oops");
    expect(bad.status).toBe(422);
    expect((await bad.json()).error).toContain("不是有效的 JSON");
    expect((await post('{"hello":"world"}')).status).toBe(422);
  });

  it("413 for a chunked upload with no Content-Length, without reading it all", async () => {
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        if (sent > 64 * 1024 * 1024) return c.close();
        sent += 65536;
        c.enqueue(new Uint8Array(65536).fill(0x20));
      },
    });
    const res = await POST(new Request("http://localhost/api/report/docx", { method: "POST", body, duplex: "half", headers: { "Content-Type": "application/json" } } as RequestInit));
    expect(res.status).toBe(413);
    expect(sent).toBeLessThan(2 * 1024 * 1024);
  });

  it("reads a data file as every other door does: GBK and UTF-16 with BOM", async () => {
    const text = JSON.stringify(valid);
    const gbk = await post(encodeGbk(text));
    expect(gbk.status).toBe(200);
    expect(decodeURIComponent(gbk.headers.get("content-disposition")!.split("UTF-8''")[1]!)).toBe("示例县城关镇人民政府2024年政府信息公开工作年度报告.docx");
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    expect((await post(new Uint8Array(utf16))).status).toBe(200);
  });

  it("415 for a body that is not declared JSON; 403 for another site's page", async () => {
    const form = await POST(new Request("http://localhost/api/report/docx", { method: "POST", body: JSON.stringify(valid), headers: { "Content-Type": "text/plain" } }));
    expect(form.status).toBe(415);
    expect((await form.json()).error).toContain("application/json");
    const cross = await POST(
      new Request("http://localhost/api/report/docx", {
        method: "POST",
        body: JSON.stringify(valid),
        headers: { "Content-Type": "application/json", Origin: "https://evil.example", Host: "localhost", "Sec-Fetch-Site": "cross-site" },
      }),
    );
    expect(cross.status).toBe(403);
  });

  it("503 with Retry-After when more renders arrive than the queue holds, and every other one succeeds", async () => {
    const body = JSON.stringify(valid);
    const all = await Promise.all(Array.from({ length: 40 }, () => post(body)));
    const codes = all.map((r) => r.status);
    expect(codes.filter((c) => c === 503).length).toBeGreaterThan(0);
    expect(codes.every((c) => c === 200 || c === 503)).toBe(true);
    const busy = all.find((r) => r.status === 503)!;
    expect(busy.headers.get("retry-after")).toBe("2");
    expect((await busy.json()).error).toBe("服务器正忙，请几秒后再试。");
  });
});
