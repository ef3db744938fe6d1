import { describe, expect, it } from "vitest";
import { decodeText, looksBinary } from "./decode-text";

describe("decodeText", () => {
  it("UTF-8 with and without BOM, UTF-16 with BOM, and GB18030 (记事本 on Chinese Windows)", () => {
    expect(decodeText(new TextEncoder().encode("年报"))).toBe("年报");
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("年报")]))).toBe("年报");
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x74, 0x5e, 0xa5, 0x62]))).toBe("年报");
    expect(decodeText(new Uint8Array([0xc4, 0xea, 0xb1, 0xa8]))).toBe("年报");
  });

  it("tells binary from text", () => {
    expect(looksBinary("一、总体情况\n\t0\t0")).toBe(false);
    expect(looksBinary("PK\u0003\u0004\u0000\u0000")).toBe(true);
  });
});
