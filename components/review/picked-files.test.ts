import { describe, expect, it } from "vitest";
import { visible } from "./picked-files";

describe("picked files", () => {
  it("leaves out hidden files and Word's lock files, in any subfolder", () => {
    const names = ["乡镇/官庄镇.docx", "乡镇/.DS_Store", "部门/~$教育局.docx", ".hidden", "部门/教育局.pdf", "a.b/c.docx"];
    const files = names.map((name) => ({ name, file: new Blob([]) }));
    expect(visible(files).map((f) => f.name)).toEqual(["乡镇/官庄镇.docx", "部门/教育局.pdf", "a.b/c.docx"]);
  });
});
