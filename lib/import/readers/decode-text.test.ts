import { describe, expect, it } from "vitest";
import { declaredCharset, decodeHtml, decodeText, looksBinary } from "./decode-text";

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

  it("web pages: the charset their meta tag declares (GB2312/GBK as GB18030), else as text", () => {
    const gbk = [0xc4, 0xea, 0xb1, 0xa8]; // 年报
    const page = (meta: string) => new Uint8Array([...new TextEncoder().encode(`<html><head>${meta}</head><body>`), ...gbk]);
    expect(declaredCharset(page('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'))).toBe("gbk");
    expect(declaredCharset(page("<meta charset='GBK'>"))).toBe("gbk");
    expect(declaredCharset(page('<meta charset="utf-16">'))).toBe("utf-8");
    expect(decodeHtml(page('<meta charset="gb2312">'))).toMatch(/年报$/);
    expect(decodeHtml(page(""))).toMatch(/年报$/); // undeclared: not UTF-8, so GB18030 as for text files
    expect(decodeHtml(new TextEncoder().encode('<meta charset="utf-8"><p>年报'))).toMatch(/年报$/);
  });
});
