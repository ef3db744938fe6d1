// What an uploaded file is, from its first bytes (its signature) before its name: a .doc that is really a
// web page (Word's 「另存为网页」 renamed), or a .docx that is a zip of something else, happen. Files that
// cannot be read get a message saying what to do instead.
import { LIMITS } from "../limits/limits";
import { importMessages as m } from "../messages";
import { zipEntries } from "../limits/zip-read";

export type FileKind = { kind: "docx" | "pdf" | "html" | "json" | "markdown" | "text" } | { kind: "refused"; error: string };

const startsWith = (bytes: Uint8Array, sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

const IMAGES = [ascii("\x89PNG"), [0xff, 0xd8, 0xff], ascii("GIF8"), ascii("BM"), ascii("II*\x00"), ascii("MM\x00*")];
const ARCHIVES = [ascii("Rar!"), [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], [0x1f, 0x8b], ascii("BZh"), [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]];
const IMAGE_EXT = new Set(["png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff", "webp", "heic"]);
const ARCHIVE_EXT = new Set(["zip", "rar", "7z", "gz", "tgz", "bz2", "xz", "tar"]);
const OLD_WORD = new Set(["doc", "wps", "dot", "wpt"]);
const SHEETS = new Set(["xls", "xlsx", "et", "ett", "csv"]);
const SLIDES = new Set(["ppt", "pptx", "dps"]);
const HTML_EXT = new Set(["html", "htm", "xhtml", "shtml"]);
const MARKDOWN_EXT = new Set(["md", "markdown", "mdown", "mkd"]);

/** PDF readers look for 「%PDF-」 within the first 1024 bytes (ISO 32000-1 §7.5.2, implementation note). */
const isPdf = (bytes: Uint8Array) => new TextDecoder("latin1").decode(bytes.subarray(0, 1024)).includes("%PDF-");

function looksHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048)).replace(/^\uFEFF|^\xEF\xBB\xBF/, "").trimStart().toLowerCase();
  return /^(?:<!doctype html|<html|<meta|<head|<body|<!--)/.test(head) && /<(?:html|body|table|p|div)[\s>]/.test(head);
}

/** Word's 「单个文件网页」 (.mht), often renamed .doc: a MIME message. */
const isMhtml = (bytes: Uint8Array) => /^(?:MIME-Version|From|Content-Type)\s*:[\s\S]{0,2000}multipart\/related/i.test(new TextDecoder("latin1").decode(bytes.subarray(0, 2048)));

/** A zip is a .docx when it holds word/document.xml; other Office and OFD files are zips too. */
function zipKind(bytes: Uint8Array, ext: string): FileKind {
  const listed = zipEntries(bytes, LIMITS.zipEntries); // names only: nothing is inflated
  if (!listed.ok) return { kind: "docx" }; // a damaged .docx (or a zip of too many parts): its reader says so
  const names = listed.entries.map((e) => e.name);
  if (names.includes("word/document.xml") || names.length === 0) return { kind: "docx" };
  if (names.some((n) => n.startsWith("xl/"))) return { kind: "refused", error: m.spreadsheet(".xlsx") };
  if (names.some((n) => n.startsWith("ppt/"))) return { kind: "refused", error: m.slides(".pptx") };
  if (names.some((n) => /(^|\/)OFD\.xml$/i.test(n)) || ext === "ofd") return { kind: "refused", error: m.ofd };
  return ext === "docx" ? { kind: "docx" } : { kind: "refused", error: m.archive };
}

function byExtension(ext: string): FileKind | null {
  const dotted = `.${ext}`;
  if (OLD_WORD.has(ext)) return { kind: "refused", error: m.oldWord(dotted) };
  if (SHEETS.has(ext)) return { kind: "refused", error: m.spreadsheet(dotted) };
  if (SLIDES.has(ext)) return { kind: "refused", error: m.slides(dotted) };
  if (IMAGE_EXT.has(ext)) return { kind: "refused", error: m.image };
  if (ARCHIVE_EXT.has(ext)) return { kind: "refused", error: m.archive };
  if (ext === "ofd") return { kind: "refused", error: m.ofd };
  if (ext === "mht" || ext === "mhtml") return { kind: "refused", error: m.mhtml };
  if (ext === "rtf") return { kind: "refused", error: m.rtf };
  return null;
}

export function fileKind(name: string, bytes: Uint8Array): FileKind {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? "";
  if (startsWith(bytes, [0x50, 0x4b])) return zipKind(bytes, ext);
  if (isPdf(bytes)) return { kind: "pdf" };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return byExtension(ext) ?? { kind: "refused", error: m.oldWord(ext ? `.${ext}` : ".doc/.wps") };
  if (startsWith(bytes, ascii("{\\rtf"))) return { kind: "refused", error: m.rtf };
  if (IMAGES.some((sig) => startsWith(bytes, sig)) || (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8))) return { kind: "refused", error: m.image };
  if (ARCHIVES.some((sig) => startsWith(bytes, sig))) return { kind: "refused", error: m.archive };
  if (HTML_EXT.has(ext) || looksHtml(bytes)) return { kind: "html" };
  if (ext === "json") return { kind: "json" };
  if (MARKDOWN_EXT.has(ext)) return { kind: "markdown" }; // what PDF-to-Markdown tools write
  if (ext === "docx") return { kind: "docx" }; // not a zip: the .docx reader says so
  if (isMhtml(bytes)) return { kind: "refused", error: m.mhtml };
  return byExtension(ext) ?? { kind: "text" };
}
