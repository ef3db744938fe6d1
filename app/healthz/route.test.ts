import { describe, expect, it } from "vitest";
import pkg from "../../package.json";
import { GET } from "./route";

describe("GET /healthz", () => {
  it("says it runs, and which version (from package.json), never cached", async () => {
    const res = GET();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({ ok: true, name: "年报助手", version: pkg.version });
  });
});
