// TEMPORARY stub of lib/register (reg-core) — just enough for the wizard's panel to run. Deleted on merge.
import type { RegisterKind, RegisterMapping, RegisterProposal, RegisterSheet, TallyChange, TallyResult, RegisterLayout, ColumnRole, ValueChoice } from "@/lib/register/types";

export async function readRegisterFile(bytes: Uint8Array, fileName: string): Promise<RegisterSheet[]> {
  if (/\.csv$/i.test(fileName)) return [{ ...readPastedRegister(new TextDecoder().decode(bytes).replace(/,/g, "\t")), name: fileName }];
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const rows: RegisterSheet["rows"] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (c, i) => {
        const v = c.value;
        cells[i - 1] = v instanceof Date ? v.toISOString().slice(0, 10) : v == null ? "" : String(typeof v === "object" && "result" in v ? v.result : v).trim();
      });
      rows.push({ rowNumber: n, cells: Array.from(cells, (c) => c ?? "") });
    });
    return { name: ws.name, rows };
  });
}

export function readPastedRegister(text: string): RegisterSheet {
  return { name: "粘贴的内容", rows: text.replace(/\r/g, "").split("\n").map((l, i) => ({ rowNumber: i + 1, cells: l.split("\t").map((c) => c.trim()) })) };
}

const roleOf = (h: string, kind: RegisterKind): ColumnRole => {
  const tests: [RegExp, ColumnRole][] =
    kind === "requests"
      ? [[/类型|性质/, "applicantType"], [/收到|受理|申请日期/, "received"], [/答复日期|办结/, "answered"], [/结果|答复情况/, "outcome"], [/理由/, "reason"], [/姓名|名称|申请人|电话|内容/, "private"]]
      : [[/类型/, "caseType"], [/日期|收到/, "filed"], [/审结|结案/, "closed"], [/结果/, "result"], [/姓名|原告|申请人/, "private"]];
  return tests.find(([re]) => re.test(h))?.[1] ?? "ignored";
};
const guess: Record<string, string> = { 个人: "natural", 自然人: "natural", 公民: "natural", 企业: "business", 公司: "business", 律师: "legal", 予以公开: "granted", 部分公开: "partlyGranted", 国家秘密: "withheld.stateSecret", 不存在: "unavailable.notHeld", 不掌握: "unavailable.notHeld", 复议: "review", 维持: "upheld", 纠正: "corrected" };

export function proposeMapping(sheets: RegisterSheet[], kind: RegisterKind, remembered?: RegisterMapping): RegisterProposal {
  const sheet = sheets[0]!;
  const head = sheet.rows.find((r) => r.cells.filter(Boolean).length >= 3)!;
  const layout: RegisterLayout = { sheet: sheet.name, headerRows: [head.rowNumber], firstDataRow: head.rowNumber + 1, headers: head.cells };
  const columns = head.cells.map((header, index) => {
    const r = remembered?.columns.find((c) => c.header === header)?.role;
    return { index, header, role: r ?? roleOf(header, kind), sure: true };
  });
  const values: RegisterProposal["values"] = {};
  for (const c of columns) {
    if (!["applicantType", "outcome", "caseType", "result"].includes(c.role)) continue;
    const counts = new Map<string, number>();
    for (const r of sheet.rows) if (r.rowNumber >= layout.firstDataRow && r.cells[c.index]) counts.set(r.cells[c.index]!, (counts.get(r.cells[c.index]!) ?? 0) + 1);
    const field = c.role as keyof RegisterProposal["values"];
    values[field] = [...counts].map(([value, count]): ValueChoice => {
      const remem = remembered?.values[field]?.[value];
      const g = Object.entries(guess).find(([k]) => value.includes(k))?.[1] ?? null;
      return { value, count, category: remem ?? g, sure: remem != null || (g !== null && value.length <= 4) };
    });
  }
  const mapping: RegisterMapping = {
    version: 1,
    kind,
    columns: columns.map(({ header, role }) => ({ header, role })),
    values: Object.fromEntries(Object.entries(values).map(([f, vs]) => [f, Object.fromEntries(vs!.map((v) => [v.value, v.category]))])),
  };
  return { layout, columns, values, mapping };
}

export function tallyRegister(sheet: RegisterSheet, layout: RegisterLayout, mapping: RegisterMapping, year: number): TallyResult {
  const col = (role: ColumnRole) => mapping.columns.findIndex((c) => c.role === role);
  const counts: Record<string, number> = {};
  const cases: Record<string, number[]> = {};
  const uncounted: TallyResult["uncounted"] = [];
  const add = (p: string, n: number) => ((counts[p] = (counts[p] ?? 0) + 1), (cases[p] ??= []).push(n));
  let seen = 0;
  let counted = 0;
  for (const r of sheet.rows) {
    if (r.rowNumber < layout.firstDataRow || r.cells.every((c) => !c)) continue;
    seen++;
    if (mapping.kind === "requests") {
      const who = mapping.values.applicantType?.[r.cells[col("applicantType")] ?? ""];
      const what = mapping.values.outcome?.[r.cells[col("outcome")] ?? ""];
      const got = r.cells[col("received")] ?? "";
      if (!who || !what || !got) { uncounted.push({ rowNumber: r.rowNumber, reason: !got ? "没有收到日期" : "处理结果或申请人类型不明" }); continue; }
      const y = Number(got.slice(0, 4));
      add(`tables.requests.${y === year ? "received" : "carriedOver"}.${who}`, r.rowNumber);
      add(`tables.requests.${what.split(".").pop()}.${who}`, r.rowNumber);
    } else {
      const t = mapping.values.caseType?.[r.cells[col("caseType")] ?? ""];
      const res = mapping.values.result?.[r.cells[col("result")] ?? ""];
      if (!t || !res) { uncounted.push({ rowNumber: r.rowNumber, reason: "类型或结果不明" }); continue; }
      add(`tables.appeals.${t}.${res}`, r.rowNumber);
    }
    counted++;
  }
  return { kind: mapping.kind, year, counts, cases, uncounted, rowsSeen: seen, rowsCounted: counted };
}

export function diffTallies(before: Record<string, number> | undefined, after: Record<string, number>): TallyChange[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  return [...keys].map((path) => ({ path, before: before?.[path] ?? 0, after: after[path] ?? 0 })).filter((c) => c.before !== c.after);
}

export async function registerTemplate(kind: RegisterKind): Promise<Uint8Array> {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet(kind === "requests" ? "台账" : "复议诉讼").addRow(kind === "requests" ? ["申请人", "申请人类型", "收到日期", "答复日期", "处理结果"] : ["类型", "收到日期", "审结日期", "结果"]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
