// Reads the data a .docx made here carries (lib/docx/embedded-data.ts): the report and the fingerprint of the
// visible text it was rendered with. `matches` says whether the text is still the text it was rendered with.
import { DOMParser } from "@xmldom/xmldom";
import { DATA_NAMESPACE, DATA_VERSION } from "../docx/embedded-data";
import { FINGERPRINT_ALGORITHM, textFingerprint } from "../docx/visible-text";
import { validateReport } from "../report/parse-report-json";
import type { Report } from "../report/types";
import { importMessages as m } from "./messages";

export type Embedded =
  | { kind: "none" }
  | { kind: "unreadable"; reason: string }
  | { kind: "found"; report: Report; matches: boolean };

type El = { localName: string | null; namespaceURI: string | null; textContent: string | null; getAttribute(n: string): string | null; getElementsByTagNameNS(ns: string, n: string): ArrayLike<El> };

function parse(xml: string): El | null {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) return null;
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
  let json: unknown;
  try {
    json = JSON.parse(data.textContent ?? "");
  } catch {
    return { kind: "unreadable", reason: m.embeddedBroken };
  }
  const valid = validateReport(json);
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
