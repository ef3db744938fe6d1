// Bytes of an uploaded text file → string: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030
// (Windows 记事本 default on Chinese systems). Binary content is refused, not guessed at. A web page
// declares its encoding in a meta tag (GBK/GB2312 on many government sites), read as browsers do.

function fromBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return null;
}

export function decodeText(bytes: Uint8Array): string {
  const bom = fromBom(bytes);
  if (bom !== null) return bom;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    try {
      return new TextDecoder("gb18030").decode(bytes);
    } catch {
      return new TextDecoder("utf-8").decode(bytes);
    }
  }
}

/** NUL bytes, or more than 1 % control/replacement characters: not something a person typed. */
export function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  const sample = text.slice(0, 100_000);
  const bad = sample.match(/[\u0001-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return bad > sample.length / 100;
}

/**
 * The encoding a page declares in its first 1024 bytes: <meta charset="gbk"> or <meta http-equiv=
 * "Content-Type" content="text/html; charset=gb2312"> (WHATWG HTML §13.2.3.2, prescan). GB2312 and GBK
 * are decoded as GB18030, their superset (WHATWG Encoding); UTF-16 in a meta tag means UTF-8.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const label = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag)?.[1]?.toLowerCase();
    if (!label) continue;
    if (label.startsWith("utf-16")) return "utf-8";
    try {
      return new TextDecoder(label).encoding;
    } catch {
      return null; // a label no browser knows: sniff as for text
    }
  }
  return null;
}

/** A saved web page: BOM first, then the declared charset, else as a text file. */
export function decodeHtml(bytes: Uint8Array): string {
  const bom = fromBom(bytes);
  if (bom !== null) return bom;
  const declared = declaredCharset(bytes);
  return declared ? new TextDecoder(declared).decode(bytes).replace(/^\uFEFF/, "") : decodeText(bytes);
}
