// Public API: importReport(.docx bytes | web page | PDF pages | plain text | exchange JSON) → report +
// detected format + what could not be read + structural findings. Pure and browser-safe (no node:
// imports); never throws. A PDF's text layer is read asynchronously first (import-file.ts).
import { gov2021 } from "../../../templates/gov-2021";
import type { GridTable, ReportFormat } from "../../format/types";
import { gov2019 } from "../../../templates/gov-2019";
import { parseContactSentence } from "../../report/contact-sentence";
import { cleanReport } from "../../report/clean-report";
import { parseReportJson, validateReport } from "../../report/parse-report-json";
import type { Report } from "../../report/types";
import type { Issue } from "../../rules/types";
import { emptyReport } from "../../values/empty-report";
import { assemble } from "../tables/assemble";
import { decodeHtml, decodeText, looksBinary } from "../readers/decode-text";
import { detectFormat, type Detected } from "../tables/detect-format";
import type { Block, Document } from "../document";
import { blocksOf, readDocxParts } from "../readers/docx/docx-blocks";
import { withEmbeddedData } from "../readers/docx/embedded-data";
import { fileKind } from "../readers/file-kind";
import { feeFromProse } from "../structure/info-fee";
import { fillTables } from "../tables/fill-tables";
import { importMessages as m, markerNames } from "../messages";
import { readProse, readSignature, readTitle } from "../structure/prose";
import { fromBlocks, fromText } from "../readers/read-document";
import { scanHtml } from "../limits/html-budget";
import { LIMITS } from "../limits/limits";
import { htmlBlocks } from "../readers/html/read-html";
import { looksMarkdown, markdownBlocks, withinMarkdownBudget } from "../readers/markdown/read-markdown";
import { pdfBlocks } from "../readers/pdf/read-pdf";
import type { PdfPage } from "../readers/pdf/read-pdf-types";
import { rowSpecs } from "../tables/row-specs";
import { reportText } from "../structure/leftovers";
import { unitKindOf } from "../structure/unit-kind";
import { documentIssue } from "../../rules/structure-rules";

/** `html`: a web page or the clipboard's text/html; `pdf`: a PDF's pages as read by read-pdf-extract.ts. */
export type ImportInput = { name: string; bytes: Uint8Array } | { text: string } | { html: string } | { name: string; pdf: PdfPage[] };
/** `embedded`: the data came from the part a .docx made here carries — as is, or under the edited text. */
export type ImportResult =
  | { ok: true; report: Report; detected: Detected; unread: string[]; findings: Issue[]; embedded?: "exact" | "edited" | "mismatch" }
  | { ok: false; error: string };

export const MAX_INPUT_BYTES = LIMITS.inputBytes;
const MAX_TEXT_CHARS = LIMITS.textChars;

function obsoleteFinding(detected: Detected, year: number): Issue {
  if (detected.era === "pre-2019") return documentIssue("format.obsolete-2019", ["tables.proactive"], m.pre2019(year), "warning");
  const late = year >= 2021;
  const message = late ? m.obsolete2019(detected.markers, year) : m.obsolete2019Early(detected.markers);
  return documentIssue("format.obsolete-2019", ["tables.proactive"], message, late ? "error" : "warning");
}

function tablesOf(format: ReportFormat, doc: Document, detected: Detected) {
  let found = assemble(doc.rows, rowSpecs(format, detected.format === "gov-2019"));
  // §7.4 heuristic 4: （六）其他处理 carries numbers itself and none of its three sub-rows exist. A verdict by
  // evidence: in a report whose 表二 has the 2021 columns this is a 2021 report that merged three rows.
  const group = gov2019.requestsSingleRow.group;
  const single = found.get(`requests:${group}`);
  const node = (format.tables.requests as GridTable).rows.flatMap((r) => r.children ?? []).find((n) => n.key === group);
  const subRows = (node?.children ?? []).some((c) => found.has(`requests:${c.key}`));
  const fresh = detected.format === "gov-2021" && detected.markers.length > 0;
  if (single && !subRows && !fresh && !detected.markers.includes(markerNames.oldSingleRow)) {
    detected.markers.push(markerNames.oldSingleRow);
    if (detected.format === "gov-2021") {
      detected.format = "gov-2019";
      found = assemble(doc.rows, rowSpecs(format, true));
    }
  }
  return found;
}

function build(format: ReportFormat, doc: Document, source: string): ImportResult {
  const h = doc.headings;
  const firstHeading = h.sections[0]?.line ?? doc.lines.length;
  const title = readTitle(doc.lines, firstHeading);
  const yearInText = /(20\d{2})\s*年/.exec(doc.allText);
  const year = title?.year ?? (yearInText ? Number(yearInText[1]) : null);
  const notes = [m.source(source)];
  const unitName = title?.unitName.trim() ?? "";
  const kind = unitKindOf(format, unitName);
  notes.push(...kind.notes);
  if (year === null) notes.push(m.yearGuessed);
  const detected = detectFormat(format, doc.tableText, year);
  const found = tablesOf(format, doc, detected);
  if (h.sections.length === 0 && found.size === 0) return { ok: false, error: m.notAReport };

  const base = emptyReport(format, { unitName, unitKind: kind.kind, year: year ?? undefined });
  const filled = fillTables(format, base, found, detected.format === "gov-2019");
  const sig = readSignature(doc.lines, unitName || "\u0000", doc.looks);
  const end = sig?.from ?? doc.lines.length;
  const fee = feeFromProse(format, readProse(format, doc.lines, h, end, doc.zone), h);
  const preambleEnd = Math.min(firstHeading, end);
  const opening = doc.lines.slice((title?.line ?? -1) + 1, preambleEnd).map((l) => reportText(l.replace(/\[bookmark:[^\]]*\]/g, ""))).filter(Boolean).join("\n");
  // 「如对本报告有疑问，请与…联系（地址：…）」 is the contact, not preamble text (lib/report/contact-sentence.ts).
  const contact = parseContactSentence(opening, unitName);
  const draft: Report = {
    ...filled.report,
    publishedOn: sig?.date ?? "",
    preamble: contact ? contact.rest : opening,
    contact: contact ? contact.contact : filled.report.contact,
    prose: { ...filled.report.prose, ...fee.prose },
    infoFee: fee.infoFee,
    notes: [...notes, ...filled.notes, ...filled.unread],
  };
  const valid = validateReport(draft);
  if (!valid.ok) return { ok: false, error: valid.error };
  const findings = [...h.findings, ...kind.findings, ...filled.findings];
  if (detected.format === "gov-2019") findings.unshift(obsoleteFinding(detected, valid.report.year));
  return { ok: true, report: valid.report, detected, unread: filled.unread, findings };
}

function fromJson(text: string): ImportResult {
  const parsed = parseReportJson(text);
  if (!parsed.ok) return parsed;
  const detected: Detected = { format: "gov-2021", markers: [] };
  return { ok: true, report: parsed.report, detected, unread: [], findings: [] };
}

/** Line breaks in a text, stopping past the budget (limits.ts textLines). */
function tooManyLines(texts: Iterable<string>): boolean {
  let lines = 0;
  for (const t of texts) {
    for (let i = t.indexOf("\n"); i >= 0; i = t.indexOf("\n", i + 1)) if (++lines > LIMITS.textLines) return true;
    if (++lines > LIMITS.textLines) return true;
  }
  return false;
}

/** Why a text cannot be read, before any reader runs; null when it can. */
function textRefused(text: string): string | null {
  if (!text.trim()) return m.empty;
  if (text.length > MAX_TEXT_CHARS) return m.textTooLong;
  if (looksBinary(text)) return m.binary;
  if (tooManyLines([text])) return m.tooManyLines;
  return null;
}

/** Plain text, or Markdown when it is (pasted from a PDF-to-Markdown tool, or a .txt that holds it). */
function importText(text: string, source: string, markdownSource: string): ImportResult {
  if (/^\s*\{/.test(text) && text.length <= MAX_TEXT_CHARS && !looksBinary(text)) return fromJson(text);
  const refused = textRefused(text);
  if (refused) return { ok: false, error: refused };
  if (looksMarkdown(text)) return importMarkdown(text, markdownSource);
  return build(gov2021, fromText(gov2021, text), source);
}

function importMarkdown(text: string, source: string): ImportResult {
  const refused = textRefused(text);
  if (refused) return { ok: false, error: refused };
  if (!withinMarkdownBudget(text)) return build(gov2021, fromText(gov2021, text), source); // as plain text: nothing lost
  // Converters may write tables as HTML inside the Markdown: the page budget bounds them too.
  const scan = /<table[\s>]/i.test(text) ? scanHtml(text) : { ok: true as const };
  if (!scan.ok) return { ok: false, error: scan.reason === "depth" ? m.tooDeep : m.htmlTooBig };
  return fromBlocksOf(markdownBlocks(text), source);
}

function fromBlocksOf(blocks: Block[], source: string): ImportResult {
  if (tooManyLines(blocks.flatMap((b) => (b.type === "p" ? [b.text] : [])))) return { ok: false, error: m.tooManyLines };
  return build(gov2021, fromBlocks(gov2021, blocks), source);
}

function importHtml(html: string, source: string): ImportResult {
  if (!html.trim()) return { ok: false, error: m.empty };
  if (html.length > MAX_INPUT_BYTES) return { ok: false, error: m.textTooLong };
  const scan = scanHtml(html);
  if (!scan.ok) return { ok: false, error: scan.reason === "depth" ? m.tooDeep : m.htmlTooBig };
  const blocks = htmlBlocks(html);
  if (blocks.reduce((n, b) => n + (b.type === "p" ? b.text.length : b.rows.reduce((k, r) => k + r.join("").length, 0)), 0) > LIMITS.textChars) return { ok: false, error: m.textTooLong };
  return fromBlocksOf(blocks, source);
}

function importBytes(name: string, bytes: Uint8Array): ImportResult {
  if (bytes.length === 0) return { ok: false, error: m.empty };
  if (bytes.length > MAX_INPUT_BYTES) return { ok: false, error: m.tooLarge(Math.round(bytes.length / 1048576)) };
  const kind = fileKind(name, bytes);
  switch (kind.kind) {
    case "refused":
      return { ok: false, error: kind.error };
    case "docx":
      return importDocx(bytes);
    case "pdf":
      return { ok: false, error: m.pdf }; // its text layer is read first, asynchronously (import-file.ts)
    case "html":
      return importHtml(decodeHtml(bytes), "网页（.html）");
    case "json":
      return fromJson(decodeText(bytes)); // the exchange format: its own clear errors
    case "markdown":
      return importMarkdown(decodeText(bytes), m.markdownFile);
    case "text":
      return importText(decodeText(bytes), "文本", m.markdownFile);
  }
}

/** A .docx: the data it carries while its text is as rendered (embedded-data.ts), else its visible text. */
function importDocx(bytes: Uint8Array): ImportResult {
  const parts = readDocxParts(bytes);
  if (!parts.ok) return parts;
  return withEmbeddedData(parts, () => {
    const read = blocksOf(parts);
    return read.ok ? fromBlocksOf(read.blocks, " Word 文档（.docx）") : read;
  });
}

function route(input: ImportInput): ImportResult {
  if ("text" in input) return importText(input.text, "粘贴的文本", "粘贴的 Markdown 文本");
  if ("html" in input) return importHtml(input.html, "粘贴的网页内容");
  if ("pdf" in input) return fromBlocksOf(pdfBlocks(input.pdf), " PDF 文件");
  return importBytes(input.name, input.bytes);
}

/** Text hygiene where a report enters, once, whatever the reader (lib/report/clean-report.ts). */
const clean = (r: ImportResult): ImportResult => (r.ok ? { ...r, report: cleanReport(r.report) } : r);

export function importReport(input: ImportInput): ImportResult {
  try {
    return clean(route(input));
  } catch (e) {
    // A library's own text is English (「Maximum call stack size exceeded」): say what it means instead.
    const own = e instanceof Error && /[\u4e00-\u9fff]/.test(e.message) ? e.message : null;
    return { ok: false, error: `导入失败：${own ?? (e instanceof RangeError ? m.tooDeep : m.unreadable)}` };
  }
}
