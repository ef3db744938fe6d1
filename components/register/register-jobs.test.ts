import { describe, expect, it } from "vitest";
import type { RegisterLayout, RegisterMapping } from "@/lib/register/types";
import { registerJobs } from "./register-jobs";

const pasted = ["申请人姓名\t联系电话\t申请人类型\t收到日期\t备注", "张三\t13800000000\t个人\t2024-03-05\t家住某村", "李四\t13900000000\t企业\t2024-04-01\t"].join("\n");
const headers = ["申请人姓名", "联系电话", "申请人类型", "收到日期", "备注"];
const layout: RegisterLayout = { sheet: "", headerRows: [1], firstDataRow: 2, headers };
const mapping: RegisterMapping = {
  version: 1,
  kind: "requests",
  columns: [
    { header: "申请人姓名", role: "private" },
    { header: "联系电话", role: "private" },
    { header: "申请人类型", role: "applicantType" },
    { header: "收到日期", role: "received" },
    { header: "备注", role: "ignored" },
  ],
  values: {},
};

describe("registerJobs", () => {
  it("gives a case's cells from the mapped columns only: no private and no unrecognised column", () => {
    const jobs = registerJobs();
    const read = jobs.readPasted(pasted);
    expect(read.ok).toBe(true);
    const sheet = read.ok ? read.sheets[0]!.name : "";
    const rows = jobs.rows({ ...layout, sheet }, mapping, [3]);
    expect(rows).toEqual([{ rowNumber: 3, cells: [{ header: "申请人类型", text: "企业" }, { header: "收到日期", text: "2024-04-01" }] }]);
    const text = JSON.stringify(jobs.rows({ ...layout, sheet }, mapping, [2, 3]));
    for (const secret of ["张三", "李四", "138", "139", "家住"]) expect(text).not.toContain(secret);
  });

  it("shows a date column's Excel serial number as the date it was counted under", () => {
    const jobs = registerJobs();
    const read = jobs.readPasted([headers.join("\t"), "王五\t13700000000\t个人\t45556\t"].join("\n"));
    const sheet = read.ok ? read.sheets[0]!.name : "";
    expect(jobs.rows({ ...layout, sheet }, mapping, [2])[0]!.cells).toEqual([
      { header: "申请人类型", text: "个人" },
      { header: "收到日期", text: "2024-09-21（表中为 45556）" },
    ]);
  });

  it("says in Chinese when a file cannot be read, and keeps nothing", async () => {
    const jobs = registerJobs();
    const read = await jobs.readFile(new TextEncoder().encode("not a workbook"), "台账.xlsx");
    expect(read.ok).toBe(false);
    expect(read.ok ? "" : read.error).toMatch(/[\u4e00-\u9fff]/);
    expect(jobs.loaded()).toBe(false);
  });
});
