import { describe, expect, it } from "vitest";
import { scanHtml } from "./html-budget";

const reason = (html: string, elements = 100, depth = 3) => {
  const r = scanHtml(html, elements, depth);
  return r.ok ? "ok" : r.reason;
};

describe("scanHtml: before parse5 builds the page", () => {
  it("counts start tags", () => {
    expect(reason("<p>x</p>".repeat(100))).toBe("ok");
    expect(reason("<p>x</p>".repeat(101))).toBe("elements");
  });

  it("nests only elements whose end tag is required", () => {
    expect(reason("<div><div><div>x</div></div></div>")).toBe("ok");
    expect(reason("<div><div><div><div>x")).toBe("depth");
    expect(reason("<table><tr><td><p><li>".repeat(1) + "<p>".repeat(50))).toBe("ok"); // p, li, td, tr close themselves
    expect(reason("<span><b><i><u>x</u></i></b></span>")).toBe("depth");
  });

  it("does not nest void elements nor <x/> (svg), and skips comments and script text", () => {
    expect(reason("<div>" + "<br><img src=x><path d='1'/>".repeat(20) + "</div>")).toBe("ok");
    expect(reason("<!-- <div><div><div><div> --><p>x</p>")).toBe("ok");
    expect(reason("<script>var s = '<div><div><div><div>';</script><p>x</p>")).toBe("ok");
    expect(reason("<SCRIPT>'<div><div><div><div>'</SCRIPT>")).toBe("ok");
  });
});
