// The server's guards: body counted as it arrives, a bounded render queue, same-origin requests only.
import { describe, expect, it } from "vitest";
import { readBodyLimited } from "./read-body";
import { createRenderQueue } from "./render-queue";
import { allowedOrigin, allowListFromEnv, isJsonContentType } from "./same-origin";

/** A chunked upload with no Content-Length that would send `total` bytes, counting what was pulled. */
function chunked(total: number, chunk = 64 * 1024) {
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(c) {
      if (sent >= total) return c.close();
      sent += chunk;
      c.enqueue(new Uint8Array(chunk));
    },
  });
  const request = new Request("http://x/", { method: "POST", body: stream, duplex: "half" } as RequestInit);
  return { request, pulled: () => sent };
}

describe("readBodyLimited", () => {
  it("stops reading a chunked upload with no Content-Length as soon as it passes the limit", async () => {
    const up = chunked(2 * 1024 * 1024 * 1024); // 2 GB offered
    expect(up.request.headers.get("content-length")).toBeNull();
    expect(await readBodyLimited(up.request, 1024 * 1024)).toEqual({ ok: false, reason: "too-large" });
    expect(up.pulled()).toBeLessThan(2 * 1024 * 1024);
  });
  it("refuses a declared size over the limit without reading, and reads a small body whole", async () => {
    const big = new Request("http://x/", { method: "POST", body: "x", headers: { "content-length": "99999999" } });
    expect((await readBodyLimited(big, 1024)).ok).toBe(false);
    const small = await readBodyLimited(new Request("http://x/", { method: "POST", body: "年报" }), 1024);
    expect(small.ok && new TextDecoder().decode(small.bytes)).toBe("年报");
  });
});

describe("render queue", () => {
  it("runs at most `active` at once, queues `waiting`, refuses the rest at once", async () => {
    const q = createRenderQueue({ active: 1, waiting: 1, maxWaitMs: 5000 });
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const first = q.run(() => gate.then(() => "a"));
    const second = q.run(async () => "b");
    const third = await q.run(async () => "c");
    expect(third).toEqual({ ok: false });
    expect(q.stats()).toEqual({ active: 1, waiting: 1 });
    release();
    expect(await first).toEqual({ ok: true, value: "a" });
    expect(await second).toEqual({ ok: true, value: "b" });
    expect(q.stats()).toEqual({ active: 0, waiting: 0 });
  });
  it("a waiting request gives up after maxWaitMs and frees its place", async () => {
    const q = createRenderQueue({ active: 1, waiting: 1, maxWaitMs: 20 });
    const stuck = q.run(() => new Promise((r) => setTimeout(r, 200)));
    expect(await q.run(async () => 1)).toEqual({ ok: false });
    expect(q.stats().waiting).toBe(0);
    await stuck;
  });
  it("a failing render frees its place", async () => {
    const q = createRenderQueue({ active: 1, waiting: 0 });
    await expect(q.run(async () => Promise.reject(new Error("x")))).rejects.toThrow("x");
    expect(await q.run(async () => 2)).toEqual({ ok: true, value: 2 });
  });
});

describe("same origin", () => {
  const req = (headers: Record<string, string>) => new Request("http://intranet:3000/api/report/docx", { method: "POST", headers });
  it("lets this site's pages and browserless tools through, not another site's page", () => {
    expect(allowedOrigin(req({ host: "intranet:3000", origin: "http://intranet:3000", "sec-fetch-site": "same-origin" }))).toBe(true);
    expect(allowedOrigin(req({ host: "intranet:3000" }))).toBe(true); // curl, scripts
    expect(allowedOrigin(req({ host: "intranet:3000", origin: "https://evil.example", "sec-fetch-site": "cross-site" }))).toBe(false);
    expect(allowedOrigin(req({ host: "intranet:3000", "sec-fetch-site": "cross-site" }))).toBe(false);
    expect(allowedOrigin(req({ host: "intranet:3000", origin: "null" }))).toBe(false);
  });
  it("an allow-list for intranet portals", () => {
    const list = allowListFromEnv(" http://portal.gov , http://oa.gov ");
    expect(list).toEqual(["http://portal.gov", "http://oa.gov"]);
    expect(allowedOrigin(req({ host: "intranet:3000", origin: "http://oa.gov" }), list)).toBe(true);
  });
  it("JSON only", () => {
    expect(isJsonContentType(req({ "content-type": "application/json; charset=utf-8" }))).toBe(true);
    expect(isJsonContentType(req({ "content-type": "text/plain" }))).toBe(false);
    expect(isJsonContentType(req({}))).toBe(false);
  });
});
