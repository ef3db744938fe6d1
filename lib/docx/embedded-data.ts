// A .docx made here carries its data: the report in the exchange format (docs/exchange-format.md) in a custom
// XML part (ECMA-376 Part 1 §22.5 Custom XML Data Properties; §15.2.4 Custom XML Data Storage Part), with the
// fingerprint of the visible text it was rendered with. Nothing else goes in: no time, no user, no file name.
// The importer (lib/import/readers/docx/embedded-data.ts) takes the data from here while the text still matches.
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { cleanReport } from "../report/clean-report";
import type { Report } from "../report/types";
import { FINGERPRINT_ALGORITHM, fnv1a64, textFingerprint } from "./visible-text";

/** Our own namespace; `version` is the layout of this part (the report inside has its own schemaVersion). */
export const DATA_NAMESPACE = "urn:nianbao:report-data";
export const DATA_VERSION = 1;

const DOCUMENT = "word/document.xml";
const DOCUMENT_RELS = "word/_rels/document.xml.rels";
const CONTENT_TYPES = "[Content_Types].xml";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml";
const PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The report as JSON that is also legal XML 1.0 character data: JSON.stringify already escapes C0 controls and
 * unpaired surrogates; U+FFFE/U+FFFF and C1 controls (only possible inside strings) become \u escapes too.
 */
export function reportJson(report: Report): string {
  return JSON.stringify(report).replace(/[\u007f-\u009f\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export function dataPartXml(json: string, fingerprint: string): string {
  return (
    `${DECLARATION}<reportData xmlns="${DATA_NAMESPACE}" version="${DATA_VERSION}">` +
    `<fingerprint algorithm="${FINGERPRINT_ALGORITHM}">${fingerprint}</fingerprint>` +
    `<report mediaType="application/json">${escapeText(json)}</report></reportData>`
  );
}

/** A GUID made from the content (deterministic; says nothing the part does not already say). */
function itemGuid(json: string, fingerprint: string): string {
  const h = (fnv1a64(`nianbao:${json}`) + fnv1a64(`${fingerprint}:${json}`)).toUpperCase();
  return `{${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}}`;
}

function propsXml(guid: string): string {
  return (
    `${DECLARATION}<ds:datastoreItem ds:itemID="${guid}" xmlns:ds="${DS}">` +
    `<ds:schemaRefs><ds:schemaRef ds:uri="${DATA_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`
  );
}

const itemRelsXml = (n: number) =>
  `${DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="${REL}/customXmlProps" Target="itemProps${n}.xml"/></Relationships>`;

function nextRelId(rels: string): string {
  const used = [...rels.matchAll(/\bId="rId(\d+)"/g)].map((m) => Number(m[1]));
  return `rId${Math.max(0, ...used) + 1}`;
}

function insertBefore(xml: string, closing: string, add: string): string {
  const at = xml.lastIndexOf(closing);
  if (at < 0) throw new Error(`embedded-data: ${closing} not found`);
  return xml.slice(0, at) + add + xml.slice(at);
}

/** The .docx bytes with the data part added (customXml/itemN.xml, its properties, relationship, content type). */
export function embedReportData(docx: Uint8Array, report: Report): Uint8Array<ArrayBuffer> {
  const files = unzipSync(docx);
  const text = (name: string) => {
    const f = files[name];
    if (!f) throw new Error(`embedded-data: no ${name} in the package`);
    return strFromU8(f);
  };
  let n = 1;
  while (files[`customXml/item${n}.xml`]) n++;
  const json = reportJson(cleanReport(report)); // the data as printed: what the text shows, no hidden characters
  const fingerprint = textFingerprint(text(DOCUMENT));
  files[`customXml/item${n}.xml`] = strToU8(dataPartXml(json, fingerprint));
  files[`customXml/itemProps${n}.xml`] = strToU8(propsXml(itemGuid(json, fingerprint)));
  files[`customXml/_rels/item${n}.xml.rels`] = strToU8(itemRelsXml(n));
  const rels = text(DOCUMENT_RELS);
  const rel = `<Relationship Id="${nextRelId(rels)}" Type="${REL}/customXml" Target="../customXml/item${n}.xml"/>`;
  files[DOCUMENT_RELS] = strToU8(insertBefore(rels, "</Relationships>", rel));
  let types = text(CONTENT_TYPES);
  if (!/Extension="xml"/.test(types)) types = insertBefore(types, "</Types>", `<Override ContentType="application/xml" PartName="/customXml/item${n}.xml"/>`);
  files[CONTENT_TYPES] = strToU8(insertBefore(types, "</Types>", `<Override ContentType="${PROPS_TYPE}" PartName="/customXml/itemProps${n}.xml"/>`));
  return zipSync(files) as Uint8Array<ArrayBuffer>; // a fresh ArrayBuffer, never shared
}
