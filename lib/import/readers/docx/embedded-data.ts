// Reads the data a .docx made here carries (lib/docx/embedded-data.ts): the report and the fingerprint of the
// visible text it was rendered with. While the text is still that text, the report is the data, exactly; once it
// was edited, the text is read and the fields where it differs from the data are named.
import { DOMParser } from "@xmldom/xmldom";
import { DATA_NAMESPACE, DATA_VERSION } from "../../../docx/embedded-data";
import { FINGERPRINT_ALGORITHM, textFingerprint } from "../../../docx/visible-text";
import { parseJsonBounded, validateReport } from "../../../report/parse-report-json";
import type { Report } from "../../../report/types";
import type { Issue } from "../../../rules/types";
import { disagreements, fieldName, mergeEdited } from "./compare-embedded";
import type { Detected } from "../../tables/detect-format";
import type { DocxParts } from "./docx-blocks";
import type { ImportResult } from "../../build/import-report";
import { importMessages as m } from "../../messages";
import { documentIssue } from "../../../rules/structure-rules";
import { scanXml } from "../../limits/xml-budget";

export type Embedded =
  | { kind: "none" }
  | { kind: "unreadable"; reason: string }
  | { kind: "found"; report: Report; matches: boolean };

type El = { localName: string | null; namespaceURI: string | null; textContent: string | null; getAttribute(n: string): string | null; getElementsByTagNameNS(ns: string, n: string): ArrayLike<El> };

function parse(xml: string): El | null {
  if (!scanXml(xml).ok) return null; // a DOCTYPE anywhere, or past the budgets of limits.ts
  try {
    let failed = false;
    const doc = new DOMParser({ onError: (level) => void (level !== "warning" && (failed = true)) }).parseFromString(xml, "text/xml");
    return failed ? null : (doc.documentElement as unknown as El | null);
  } catch {
    return null;
  }
}

const first = (root: El, name: string): El | undefined => root.getElementsByTagNameNS(DATA_NAMESPACE, name)[0];

type Part = { kind: "unreadable"; reason: string } | { kind: "part"; report: Report; fingerprint: string | null };

function readPart(xml: string): Part {
  const root = parse(xml);
  if (!root || root.localName !== "reportData" || root.namespaceURI !== DATA_NAMESPACE) return { kind: "unreadable", reason: m.embeddedBroken };
  const version = Number(root.getAttribute("version"));
  if (!Number.isInteger(version) || version > DATA_VERSION) return { kind: "unreadable", reason: m.embeddedNewer };
  const print = first(root, "fingerprint");
  const data = first(root, "report");
  if (!print || !data) return { kind: "unreadable", reason: m.embeddedBroken };
  const json = parseJsonBounded(data.textContent ?? "");
  if (!json.ok) return { kind: "unreadable", reason: m.embeddedBroken };
  const valid = validateReport(json.data);
  if (!valid.ok) return { kind: "unreadable", reason: valid.error };
  const known = print.getAttribute("algorithm") === FINGERPRINT_ALGORITHM; // another algorithm: compare the text
  return { kind: "part", report: valid.report, fingerprint: known ? (print.textContent ?? "").trim() : null };
}

/** `customXml`: the package's custom XML parts; `documentXml`: word/document.xml as it is now. */
export function readEmbedded(customXml: string[], documentXml: string): Embedded {
  const ours = customXml.find((xml) => xml.slice(0, 2000).includes(DATA_NAMESPACE));
  if (!ours) return { kind: "none" };
  const read = readPart(ours);
  if (read.kind === "unreadable") return read;
  return { kind: "found", report: read.report, matches: read.fingerprint === textFingerprint(documentXml) };
}

type Read = Extract<ImportResult, { ok: true }>;

function exact(report: Report): ImportResult {
  const detected: Detected = { format: "gov-2021", markers: [] };
  return { ok: true, report, detected, unread: [], findings: [], embedded: "exact" };
}

/** The text read, the data kept where the text still says it, the rest named (import.edited-after-download). */
function edited(visible: Read, data: Report): ImportResult {
  const merged = mergeEdited(visible.report, data);
  if (merged.changed.length === 0) return exact(data);
  const sameName = !merged.changed.includes("unit.name"); // then the data's unit kind stands, not a guess
  const report = { ...merged.report, notes: merged.report.notes?.filter((n) => !(sameName && n === m.unitKindGuessed)) };
  const names = merged.changed.map((p) => fieldName(p));
  const message = `${m.editedAfterDownload}。${m.editedFields(names.slice(0, 8), names.length - 8)}`;
  const finding = documentIssue("import.edited-after-download", merged.changed, message);
  const kept = visible.findings.filter((f) => !(sameName && f.rule === "import.unit-kind-uncertain"));
  return { ...visible, report, findings: [finding, ...kept], embedded: "edited" };
}

/**
 * The text unchanged since it was rendered (the fingerprint holds) but not what the data renders to: the data part
 * was replaced (a forged 46 under a printed 999). What is printed is what counts: the text alone, and the import
 * says so, naming where they differ (import.embedded-mismatch).
 */
function mismatch(visible: Read, differs: string[]): ImportResult {
  const names = differs.map((p) => fieldName(p));
  const message = `${m.embeddedMismatch}。${m.mismatchFields(names.slice(0, 8), names.length - 8)}`;
  return { ...visible, findings: [documentIssue("import.embedded-mismatch", differs, message), ...visible.findings], embedded: "mismatch" };
}

/**
 * A .docx: its embedded data only while the visible text is exactly what that data renders to (read and compared
 * every time: the fingerprint binds the text to itself, not to the data); else the visible text, and it says why.
 */
export function withEmbeddedData(parts: DocxParts, readVisible: () => ImportResult): ImportResult {
  const embedded = readEmbedded(parts.customXml, parts.xml);
  const visible = readVisible();
  if (!visible.ok || embedded.kind === "none") return visible;
  if (embedded.kind === "found" && embedded.matches) {
    const differs = disagreements(visible.report, embedded.report);
    return differs.length === 0 ? exact(embedded.report) : mismatch(visible, differs);
  }
  if (embedded.kind === "unreadable") {
    const finding = documentIssue("import.embedded-unreadable", [], m.embeddedUnreadable(embedded.reason));
    return { ...visible, findings: [finding, ...visible.findings] };
  }
  return edited(visible, embedded.report);
}
