// Test support: a generated county for 审核台 — 60 files of one year's reports (valid ones, ones with errors,
// the obsolete 2019 format, another year, two units twice, a damaged file, a PDF, a saved web page, a unit not
// on the roster), the roster (two units never report) and last year's reports of eight units (one with a
// 结转 that does not match, one with a 现行有效 that does not follow, one whose prose is this year's word for
// word). Every report is the complete fixture with a few cells changed by the unit's number; `want` says what
// each file is, from the generator's own inputs, so tests compute expectations without the code under test.
import { readFileSync } from "node:fs";
import { zipSync } from "fflate";
import path from "node:path";
import { renderDocxBuffer } from "../lib/docx/pack";
import { printedContact } from "../lib/report/contact-sentence";
import type { Report } from "../lib/report/types";
import { getPath, setPath } from "../lib/values/object-path";
import type { ReviewFile } from "../lib/review/types";
import valid from "../templates/gov-2021/fixtures/valid-report.json";
import { cmsPage } from "./cms-page";
import { docxToPdf } from "./libreoffice";
import { cellDefs } from "../lib/format/cell-path";
import { gov2021 } from "../templates/gov-2021";

export const COUNTY = "示例县";
export const YEAR = 2024;

const TOWNS = [..."官庄 金殿 大黑 河东 河西 南港 北山 新安 平山 和庄 清泉 龙凤 石桥 阳江 湖口 东岭 西坪 安平 黄岗 白沙 青龙 长乐 永和 太平 丰收 梅林 竹园 桃源 杏花 柳河".split(" ")];
const STREETS = ["东城", "西城", "南关", "北关", "城中", "新华", "人民", "胜利"];
const DEPTS = ["教育局", "公安局", "财政局", "民政局", "司法局", "自然资源局", "住房和城乡建设局", "交通运输局", "水利局", "农业农村局", "商务局", "文化和旅游局", "卫生健康委员会", "应急管理局", "审计局", "市场监督管理局", "统计局", "医疗保障局", "林业局", "人力资源和社会保障局"];

export type Unit = { n: number; name: string; kind: string; roster: string };

/** 57 units: 29 towns, 8 subdistricts, 20 departments; the roster writes them as a county office would. */
export function units(): Unit[] {
  const out: Unit[] = [];
  TOWNS.slice(0, 29).forEach((t, i) => out.push({ n: out.length + 1, name: `${COUNTY}${t}镇人民政府`, kind: "township", roster: i % 3 === 0 ? `${t}镇` : i % 3 === 1 ? `${t}镇政府` : `${COUNTY}${t}镇人民政府` }));
  STREETS.forEach((s, i) => out.push({ n: out.length + 1, name: `${COUNTY}${s}街道办事处`, kind: "subdistrict", roster: i % 2 ? `${s}街道` : `${s} 街道办事处` }));
  DEPTS.forEach((d, i) => out.push({ n: out.length + 1, name: `${COUNTY}${d}`, kind: "county-department", roster: i % 2 ? `${COUNTY}${d}` : `${d}` }));
  return out;
}

/** A unit's report for a year: the fixture, with 许可/处罚/收费/申请/复议 figures that depend on n. */
export function unitReport(u: Unit, year = YEAR): Report {
  let r = structuredClone(valid) as unknown as Report;
  delete r.lastYear;
  r = { ...r, unit: { name: u.name, kind: u.kind }, year, publishedOn: `${year + 1}-01-20` };
  r.preamble = r.preamble.replaceAll("2024", String(year));
  const plus = (p: string, d: number) => (r = setPath(r, p, (getPath(r, p) as number) + d));
  r = setPath(r, "tables.proactive.licensing.decisions", 10 + u.n);
  r = setPath(r, "tables.proactive.penalty.decisions", u.n % 5);
  r = setPath(r, "tables.proactive.fees.amount", (1000 + u.n) / 10000);
  for (const p of ["received.natural", "received.total", "granted.natural", "granted.total", "outcomeTotal.natural", "outcomeTotal.total"]) plus(`tables.requests.${p}`, u.n);
  plus("tables.appeals.review.upheld", u.n % 3);
  plus("tables.appeals.review.total", u.n % 3);
  const short = u.name.replace(COUNTY, "").replace("人民政府", "");
  r = setPath(r, "prose.overview.text", `${year}年，${short}认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。`);
  r = setPath(r, "prose.overview.parts.requests", `全年收到政府信息公开申请${57 + u.n}件。`);
  r = setPath(r, "prose.other.parts.fee", `${year}年未收取信息处理费。`);
  return r;
}

/** The same unit's report with a table error: 表三 自然人 一 one more, its 总计 not (row total and balance). */
export function withTableError(r: Report): Report {
  return setPath(r, "tables.requests.received.natural", (getPath(r, "tables.requests.received.natural") as number) + 1);
}

/** Last year's report: its own prose (nothing repeated), 结转下年度 = this year's 上年结转, 现行有效 that follows. */
export function lastYearReport(u: Unit, thisYear: Report): Report {
  let r = unitReport(u, YEAR - 1);
  const last = (p: string) => getPath(thisYear, p) as number;
  for (const d of cellDefs(gov2021).filter((d) => d.table === "requests" && d.rowId === "carriedOver")) {
    r = setPath(r, d.path.replace(".carriedOver.", ".carriedForward."), last(d.path));
  }
  const row = "tables.proactive.normativeDocs";
  r = setPath(r, `${row}.inForce`, last(`${row}.inForce`) - last(`${row}.issued`) + last(`${row}.repealed`));
  r = setPath(r, "prose.overview.text", "上一年度，本单位围绕中心工作，完善制度机制，政务公开标准化规范化水平持续提升。");
  r = setPath(r, "prose.overview.parts.proactive", "依托门户网站专栏发布规划计划、财政预决算和重点领域信息，及时更新栏目内容。");
  r = setPath(r, "prose.overview.parts.requests", `上一年度共受理政府信息公开申请${40 + u.n}件，均依法按时办结答复。`);
  r = setPath(r, "prose.overview.parts.management", "建立健全公文公开属性源头认定机制，定期清理已公开的政策文件。");
  r = setPath(r, "prose.overview.parts.platform", "整合政务新媒体账号，关停更新缓慢的栏目，提升平台集约化水平。");
  r = setPath(r, "prose.overview.parts.oversight", "开展政务公开业务培训两次，邀请群众代表参与评议活动。");
  r = setPath(r, "prose.overview.parts.assessment", "经年度考核未发现需要追究责任的情形。");
  r = setPath(r, "prose.problems.text", "栏目更新还不够及时，政策解读方式较为单一，今后将持续改进。");
  const other: Record<string, string> = {
    fee: `${YEAR - 1}年度本单位没有向申请人收取任何费用。`,
    keyPoints: "按照上级部署逐项分解工作任务，明确完成时限和责任科室。",
    proposals: "上一年度没有承办涉及政务公开方面的人大代表建议和政协委员提案。",
    innovation: "探索开设政策问答栏目，在办事大厅设置查阅点方便群众查询。",
    statistics: "依申请公开数据按收到申请的日期统计，跨年度办理的申请计入次年。",
    otherMatters: "上一年度没有其他需要说明的事项需要另行报告。",
  };
  for (const [k, t] of Object.entries(other)) r = setPath(r, `prose.other.parts.${k}`, t);
  return r;
}

export type FileKind = "valid" | "errors" | "obsolete" | "wrong-year" | "duplicate" | "corrupt" | "pdf" | "html" | "not-on-roster";

/** What a file is, as the generator made it: its unit, kind and report (its input, for expectations). */
export type Want = { name: string; kind: FileKind; unit?: Unit; report?: Report; year?: number };

export type County = {
  files: ReviewFile[];
  want: Want[];
  units: Unit[];
  roster: string;
  /** Roster names that never report. */
  missing: string[];
  lastYear: { files: ReviewFile[]; want: Want[] };
  /** Units whose last-year report has the broken 结转 / the broken 现行有效 / this year's prose. */
  brokenCarry: Unit;
  brokenInForce: Unit;
  sameProse: Unit;
};

const docx = async (r: Report) => new Uint8Array(await renderDocxBuffer(r, { draft: true }));
const fileName = (u: Unit, suffix = "") => `${u.name.replace(COUNTY, "")}${suffix}.docx`;
const seed004 = () => readFileSync(path.resolve(import.meta.dirname, "../templates/gov-2021/fixtures/seeds/004.txt"), "utf8");

/** Typed cells for a web page: every value cell as its text. */
function typed(r: Report): Map<string, string> {
  return new Map(cellDefs(gov2021).map((d) => [d.path, String(getPath(r, d.path) ?? "")]));
}

export async function generateCounty(): Promise<County> {
  const all = units();
  const missing = [all[55]!, all[56]!]; // two departments never report
  const errorsUnits = all.slice(46, 52);
  const obsoleteUnit = all[52]!;
  const pdfUnit = all[53]!;
  const htmlUnit = all[54]!;
  const validUnits = all.slice(0, 46);
  const want: Want[] = [];
  const files: ReviewFile[] = [];
  const add = async (w: Want, bytes: Uint8Array) => {
    want.push(w);
    files.push({ name: w.name, bytes });
  };
  for (const u of validUnits) {
    const r = unitReport(u);
    await add({ name: `乡镇街道部门/${fileName(u)}`, kind: "valid", unit: u, report: r }, await docx(r));
  }
  for (const u of errorsUnits) {
    const r = withTableError(unitReport(u));
    await add({ name: `乡镇街道部门/${fileName(u)}`, kind: "errors", unit: u, report: r }, await docx(r));
  }
  // Duplicates: unit 3 sent a first version with an error, then a corrected one (the corrected one is kept);
  // unit 4 sent the same valid report twice (the first is kept).
  await add({ name: `补报/${fileName(all[2]!, "（第一稿）")}`, kind: "duplicate", unit: all[2]!, report: withTableError(unitReport(all[2]!)) }, await docx(withTableError(unitReport(all[2]!))));
  await add({ name: `补报/${fileName(all[3]!, "（重复）")}`, kind: "duplicate", unit: all[3]!, report: unitReport(all[3]!) }, await docx(unitReport(all[3]!)));
  // Another year: unit 5's 2023 report put in the folder by mistake (unit 5 also sent its 2024 report).
  const old = unitReport(all[4]!, YEAR - 1);
  await add({ name: `补报/${fileName(all[4]!, "2023")}`, kind: "wrong-year", unit: all[4]!, report: old, year: YEAR - 1 }, await docx(old));
  // The obsolete 2019 format: a published 2019-format report, titled as this unit's report of this year.
  const text = seed004().replace(/^.*\n/, `${obsoleteUnit.name}${YEAR}年度政府信息公开工作年度报告\n`);
  await add({ name: `乡镇街道部门/${obsoleteUnit.name.replace(COUNTY, "")}.txt`, kind: "obsolete", unit: obsoleteUnit, year: YEAR }, new TextEncoder().encode(text));
  const pdfReport = unitReport(pdfUnit);
  const [pdf] = docxToPdf([new Uint8Array(await renderDocxBuffer(pdfReport))]);
  await add({ name: `乡镇街道部门/${pdfUnit.name.replace(COUNTY, "")}.pdf`, kind: "pdf", unit: pdfUnit, report: pdfReport }, pdf!);
  // A web page carries the contact sentence in its text (the .docx prints it from the contact fields).
  const htmlReport = unitReport(htmlUnit);
  htmlReport.preamble += `\n${printedContact(htmlReport)}`;
  await add({ name: `乡镇街道部门/${htmlUnit.name.replace(COUNTY, "")}.html`, kind: "html", unit: htmlUnit, report: htmlReport }, new TextEncoder().encode(cmsPage(htmlReport, typed(htmlReport))));
  const stranger: Unit = { n: 58, name: `${COUNTY}档案馆`, kind: "county-department", roster: "" };
  const strangerReport = unitReport(stranger);
  await add({ name: "其他/档案馆.docx", kind: "not-on-roster", unit: stranger, report: strangerReport }, await docx(strangerReport));
  const damaged = (await docx(unitReport(all[0]!))).slice(0, 3000);
  await add({ name: "其他/损坏的文件.docx", kind: "corrupt" }, damaged);

  const rosterLines = ["单位名称", ...all.map((u) => u.roster), ""];
  const [brokenCarry, brokenInForce, sameProse] = [all[6]!, all[7]!, all[8]!];
  const lastWant: Want[] = [];
  const lastFiles: ReviewFile[] = [];
  for (const u of all.slice(5, 13)) {
    const thisYear = unitReport(u);
    let r = lastYearReport(u, thisYear);
    if (u === brokenCarry) r = setPath(r, "tables.requests.carriedForward.natural", 5);
    if (u === brokenInForce) r = setPath(r, "tables.proactive.normativeDocs.inForce", 4);
    if (u === sameProse) r = { ...r, prose: structuredClone(thisYear.prose) };
    lastWant.push({ name: `上年/${fileName(u)}`, kind: "valid", unit: u, report: r, year: YEAR - 1 });
    lastFiles.push({ name: `上年/${fileName(u)}`, bytes: await docx(r) });
  }
  return { files, want, units: all, roster: rosterLines.join("\n"), missing: missing.map((u) => u.roster), lastYear: { files: lastFiles, want: lastWant }, brokenCarry, brokenInForce, sameProse };
}

// ——— The county with the naming problems of issue #23 ———
// Every unit sends 「2024年政府信息公开工作年度报告.docx」 from a folder of its own; the county has three 管委会
// (经济开发区, 高新技术产业开发区, 工业园区), a 城市管理局 and a 林区管理局, 中心 and 办 of several kinds; some
// names carry invisible characters (a zero-width space in a report and in a folder name, a U+202E, a U+FFFE
// in a data file). A 补报.zip holds three units' folders and 官庄镇's report a second time, by the same file
// name at its root. The roster writes each unit as a county office would; it lists 县教育局, where the
// county's 教育体育局 reports (alike, not the same: 「可能是…，请核对」), and 统计局, which never reports.

export const SAME_FILE = "2024年政府信息公开工作年度报告";

/** A unit of the naming county: its name, how its report and its folder write it, how the roster does. */
export type NamedUnit = Unit & { written: string; folder: string; roster: string; zipped: boolean; ext: "docx" | "json" };

const NAMED: [name: string, kind: string, roster: string, folder: string, written?: string, zipped?: boolean, ext?: "json"][] = [
  ["示例县城关镇人民政府", "township", "城关镇", "城关镇", "示例县城关\u200b镇人民政府"],
  ["示例县东关镇人民政府", "township", "东关镇政府", "东关镇"],
  ["示例县西关镇人民政府", "township", "西关镇人民政府", "西关镇\u200b", "示例县西关镇人民政府\u202e"],
  ["示例县官庄镇人民政府", "township", "官庄镇", "官庄镇"],
  ["示例县东城街道办事处", "subdistrict", "东城街道", "东城街道"],
  ["示例县经济开发区管理委员会", "county-department", "经济开发区管委会", "经开区", undefined, true],
  ["示例县高新技术产业开发区管理委员会", "county-department", "高新区管委会", "高新区", undefined, true],
  ["示例县工业园区管理委员会", "county-department", "工业园区管委会", "工业园区", undefined, true],
  ["示例县城市管理局", "county-department", "示例县城市管理局", "城管局"],
  ["示例县林区管理局", "county-department", "林区管理局", "林区局"],
  ["示例县融媒体中心", "county-department", "融媒体中心", "融媒体中心"],
  ["示例县政务服务中心", "county-department", "政务服务中心", "政务服务中心"],
  ["示例县人民政府办公室", "county-department", "县政府办公室", "县政府办"],
  ["示例县人力资源和社会保障局", "county-department", "人社局", "人社局"],
  ["示例县信访局", "county-department", "信访局", "信访局", "示例县信访局\ufffe", false, "json"],
  ["示例县教育体育局", "county-department", "县教育局", "教体局"],
];

export type NamingCounty = {
  /** Loose files in their units' folders, and 补报.zip (its entries in `zipped`). */
  files: ReviewFile[];
  zipped: ReviewFile[];
  units: NamedUnit[];
  /** Each unit's report as generated (the name as its report writes it). */
  reports: Map<NamedUnit, Report>;
  roster: string;
  rosterLines: string[];
  /** 官庄镇: its report twice (its folder, and the zip's root). */
  twice: NamedUnit;
  /** The roster line nobody reports under and the unit alike to it (教育体育局 under 县教育局). */
  alike: { line: string; unit: NamedUnit };
  /** On the roster, never reports. */
  silent: string;
};

/** A unit's path in the batch (the zip's entries under 补报.zip/), before the text hygiene. */
export const namedPath = (u: NamedUnit) => `${u.zipped ? "补报.zip/" : ""}${u.folder}/${SAME_FILE}.${u.ext}`;

export async function generateNamingCounty(): Promise<NamingCounty> {
  const named: NamedUnit[] = NAMED.map(([name, kind, roster, folder, written, zipped, ext], i) => ({ n: 101 + i, name, kind, roster, folder, written: written ?? name, zipped: zipped ?? false, ext: ext ?? "docx" }));
  const reports = new Map<NamedUnit, Report>();
  const files: ReviewFile[] = [];
  const zipped: ReviewFile[] = [];
  for (const u of named) {
    const r = unitReport({ ...u, name: u.written });
    reports.set(u, r);
    const bytes = u.ext === "json" ? new TextEncoder().encode(JSON.stringify(r)) : await docx(r);
    (u.zipped ? zipped : files).push({ name: `${u.folder}/${SAME_FILE}.${u.ext}`, bytes });
  }
  const twice = named.find((u) => u.folder === "官庄镇")!;
  zipped.push({ name: `${SAME_FILE}.docx`, bytes: await docx(reports.get(twice)!) });
  const silent = "示例县统计局";
  const rosterLines = [...named.map((u) => u.roster), silent];
  const alike = { line: "县教育局", unit: named.find((u) => u.folder === "教体局")! };
  return { files, zipped, units: named, reports, roster: ["单位名称", ...rosterLines, ""].join("\n"), rosterLines, twice, alike, silent };
}

/** A zip whose entries have the names given, repeats included (fflate's object keys cannot repeat). */
export function zipWithNames(names: string[], contents: Uint8Array[]): Uint8Array {
  const stand = names.map((n, i) => `${String(i).padStart(3, "0")}${"x".repeat(new TextEncoder().encode(n).length - 3)}`);
  const zip = zipSync(Object.fromEntries(stand.map((s, i) => [s, contents[i]!])), { level: 0 });
  for (const [i, s] of stand.entries()) {
    const needle = new TextEncoder().encode(s);
    const real = new TextEncoder().encode(names[i]!);
    for (let p = 0; p + needle.length <= zip.length; p++) if (needle.every((b, k) => zip[p + k] === b)) zip.set(real, p);
  }
  return zip;
}
