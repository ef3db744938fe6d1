import { describe, expect, it } from "vitest";
import { hrefFor, normalizeBasePath } from "./base-path";

describe("normalizeBasePath", () => {
  it.each([
    ["", ""],
    ["/", ""],
    ["/nianbao", "/nianbao"],
    ["nianbao/", "/nianbao"],
    [" /a/b// ", "/a/b"],
  ])("%j → %j", (raw, want) => expect(normalizeBasePath(raw)).toBe(want));

  it("refuses what is not a plain path, in Chinese", () => {
    expect(() => normalizeBasePath("/年报")).toThrow("NIANBAO_BASE_PATH「/年报」无效：只能由字母、数字和 . _ ~ - 组成的路径段，如 /nianbao");
    expect(() => normalizeBasePath("/a/../b")).toThrow("无效");
  });
});

describe("hrefFor", () => {
  it("at the root of a server: unchanged", () => {
    expect(hrefFor("/report?id=1", "", false)).toBe("/report?id=1");
    expect(hrefFor("/", "", false)).toBe("/");
  });
  it("under a prefix, static: the prefix, and the page's folder slash before the query", () => {
    expect(hrefFor("/report?id=1&step=a", "/nianbao", true)).toBe("/nianbao/report/?id=1&step=a");
    expect(hrefFor("/check", "/nianbao", true)).toBe("/nianbao/check/");
    expect(hrefFor("/", "/nianbao", true)).toBe("/nianbao/");
    expect(hrefFor("/review#x", "/a/b", true)).toBe("/a/b/review/#x");
  });
  it("files keep their name", () => {
    expect(hrefFor("/icon.svg", "/nianbao", true)).toBe("/nianbao/icon.svg");
    expect(hrefFor("/icon.svg", "", false)).toBe("/icon.svg");
  });
  it("under a prefix on a server: the prefix, no added slash", () => {
    expect(hrefFor("/report?id=1", "/nianbao", false)).toBe("/nianbao/report?id=1");
    expect(hrefFor("/", "/nianbao", false)).toBe("/nianbao");
  });
});
