// nianbao tally <台账.xlsx|.csv> [--kind requests|appeals] [--year 2024] [--mapping m.json] [-o tables.json] [--force]
// 表三 (or 表四) counted from the case register (#24), by the same lib/register the wizard uses. Prints the table,
// the rows not counted and the mappings still unsure; -o writes the counts in the exchange format's tables shape
// with register.<kind> (counts, row numbers, mapping — never a cell of the register). Exit 0 when every row is
// counted and every mapping sure, 1 otherwise, 2 when the register cannot be read.
import { readFile, writeFile } from "node:fs/promises";
import { guessYear, proposeMapping, readRegisterFile, tallyRegister, type RegisterKind, type RegisterMapping, type RegisterProposal, type RegisterRecord } from "../../lib/register";
import { registerMappingSchema } from "../../lib/schema/register-schema";
import { setPath } from "../../lib/values/object-path";
import { CliError, EXIT, checkOutput, fileReason, type Out } from "../io";
import { USAGE } from "../usage";
import { printTable, printUncounted, printUnsure, tableValues } from "./tally-print";

type Options = { file?: string; kind?: RegisterKind; year?: number; mapping?: string; out?: string; force: boolean };

function options(args: string[]): Options {
  const o: Options = { force: false };
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = () => {
      const v = args[++i];
      if (v === undefined) throw new CliError(`${a} 后面缺少参数\n用法：${USAGE.tally}`);
      return v;
    };
    if (a === "--force") o.force = true;
    else if (a === "--kind") {
      const k = value();
      if (k !== "requests" && k !== "appeals") throw new CliError(`--kind 只能是 requests（表三，依申请公开台账）或 appeals（表四，复议诉讼台账），而不是「${k}」`);
      o.kind = k;
    } else if (a === "--year") {
      const y = Number(value());
      if (!Number.isInteger(y) || y < 2008 || y > 2100) throw new CliError(`--year 应为 2008 至 2100 之间的年份`);
      o.year = y;
    } else if (a === "--mapping") o.mapping = value();
    else if (a === "-o" || a === "--output") o.out = value();
    else if (a.startsWith("-")) throw new CliError(`未知选项：${a}\n用法：${USAGE.tally}`);
    else files.push(a);
  }
  if (files.length !== 1) throw new CliError(`用法：${USAGE.tally}`);
  o.file = files[0];
  return o;
}

/** A mapping file: a bare mapping, or a file this command wrote (register.<kind>.mapping). */
async function rememberedMapping(path: string, kind: RegisterKind | undefined): Promise<RegisterMapping> {
  const text = await readFile(path, "utf8").catch((e: unknown) => {
    throw new CliError(`无法读取对应文件 ${path}：${fileReason(e)}`);
  });
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    throw new CliError(`对应文件 ${path} 不是有效的 JSON`);
  }
  const register = (data as { register?: Record<string, { mapping?: unknown }> } | null)?.register;
  const candidates = register ? (kind ? [register[kind]?.mapping] : [register.requests?.mapping, register.appeals?.mapping]) : [data];
  for (const c of candidates) {
    for (const k of ["requests", "appeals"] as const) {
      const parsed = registerMappingSchema(k).safeParse(c);
      if (parsed.success && (!kind || kind === k)) return parsed.data as RegisterMapping;
    }
  }
  throw new CliError(`对应文件 ${path} 中没有${kind === "appeals" ? "表四" : kind === "requests" ? "表三" : ""}台账的对应关系`);
}

/** Columns recognised for this kind (names and ignored columns aside). */
const recognised = (p: RegisterProposal) => p.columns.filter((c) => c.role !== "private" && c.role !== "ignored").length;

function proposal(sheets: Awaited<ReturnType<typeof readRegisterFile>>, kind: RegisterKind | undefined, remembered?: RegisterMapping): RegisterProposal {
  if (kind || remembered) return proposeMapping(sheets, kind ?? remembered!.kind, remembered);
  // Not told which register: whichever kind explains more of its columns (表三 when equal).
  const found: RegisterProposal[] = [];
  let first: unknown = null;
  for (const k of ["requests", "appeals"] as const) {
    try {
      found.push(proposeMapping(sheets, k));
    } catch (e) {
      first ??= e;
    }
  }
  if (!found.length) throw first;
  return found.reduce((a, b) => (recognised(b) > recognised(a) ? b : a));
}

export async function tallyCommand(args: string[], out: Out): Promise<number> {
  const o = options(args);
  const file = o.file!;
  const remembered = o.mapping ? await rememberedMapping(o.mapping, o.kind) : undefined;
  if (o.out) await checkOutput([file, ...(o.mapping ? [o.mapping] : [])], o.out, o.force);
  const bytes = await readFile(file).catch((e: unknown) => {
    throw new CliError(`无法读取 ${file}：${fileReason(e)}`);
  });
  const sheets = await readRegisterFile(new Uint8Array(bytes), file.split(/[\\/]/).pop()!).catch((e: unknown) => {
    throw new CliError(`无法读取 ${file}：${e instanceof Error ? e.message : fileReason(e)}`);
  });
  const p = proposal(sheets, o.kind, remembered);
  const sheet = sheets.find((s) => s.name === p.layout.sheet)!;
  const year = o.year ?? guessYear(sheet, p.layout, p.mapping);
  if (year === null) throw new CliError("无法从台账的日期判断报告年度，请用 --year 指定");
  const t = tallyRegister(sheet, p.layout, p.mapping, year);
  out.log([`台账 ${file}（工作表「${p.layout.sheet}」，表头在第 ${p.layout.headerRows.join("、")} 行）`, "", ...printTable(t), "", ...printUncounted(t), "", ...printUnsure(p)].join("\n"));
  if (o.out) {
    const record: RegisterRecord = { mapping: p.mapping, year, counts: t.counts, cases: t.cases, uncounted: t.uncounted, countedAt: new Date().toISOString(), confirmedOverrides: [] };
    let doc: object = { year, tables: { [t.kind]: {} }, register: { [t.kind]: record } };
    for (const [path, n] of tableValues(t.kind, t.counts)) doc = setPath(doc, path, n);
    await writeFile(o.out, JSON.stringify(doc, null, 2) + "\n", "utf8").catch((e: unknown) => {
      throw new CliError(`无法写入 ${o.out}：${fileReason(e)}`);
    });
    out.log(`\n已写入 ${o.out}（表格数字与对应关系；下一年度可用 --mapping ${o.out} 沿用对应）`);
  }
  const unsure = p.columns.some((c) => !c.sure && c.header) || Object.values(p.values).some((v) => v?.some((c) => !c.sure));
  return t.uncounted.length || unsure ? EXIT.errors : EXIT.ok;
}
