// Hostile-input generators: PDFs written as text (ISO 32000-1 §7.5), cheap however many pages they claim.
const enc = new TextEncoder();

export function pdfOf(objects: string[], { xref = true }: { xref?: boolean } = {}): Uint8Array {
  const chunks: string[] = ["%PDF-1.4\n"];
  let length = chunks[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const obj = `${i + 1} 0 obj\n${body}\nendobj\n`;
    chunks.push(obj);
    length += obj.length; // the generators write ASCII only
  });
  const table = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  chunks.push(xref ? table : "xref\ngarbage 17 here\n");
  chunks.push(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref ? length : length + 99999}\n%%EOF\n`);
  return enc.encode(chunks.join(""));
}

const stream = (data: string) => `<< /Length ${data.length} >>\nstream\n${data}\nendstream`;
const FONT = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

/** `pages` pages that all draw one shared content stream (objects 3 and 4), so the file stays small. */
export function manyPagesPdf(pages: number, content = "BT /F1 12 Tf 72 720 Td (x) Tj ET"): Uint8Array {
  const first = 5;
  const kids = Array.from({ length: pages }, (_, i) => `${first + i} 0 R`).join(" ");
  const page = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>";
  return pdfOf(["<< /Type /Catalog /Pages 2 0 R >>", `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`, FONT, stream(content), ...Array.from({ length: pages }, () => page)]);
}

/** One text item per `Tj`, `items` of them on each page. */
export const manyItems = (items: number) => Array.from({ length: items }, (_, i) => `BT /F1 8 Tf ${20 + (i % 60) * 9} ${20 + Math.floor(i / 60) % 90 * 9} Td (${i % 10}) Tj ET`).join("\n");
/** Ruling lines: `n` short strokes (a table's borders, as read-pdf-rules.ts collects them). */
export const manyRules = (n: number) => Array.from({ length: n }, (_, i) => `${(i % 500) + 10} ${(i % 700) + 10} m ${(i % 500) + 20} ${(i % 700) + 10} l S`).join("\n");

/** One page whose content stream is Flate-compressed (zlib, RFC 1950) `data`. */
export const flatePagePdf = (zlibData: Uint8Array) => filteredPagePdf(zlibData, "/FlateDecode");

/** One page whose content stream is `data` under `filter` (a name, or an array such as 「[/A85 /LZW]」). */
export function filteredPagePdf(zlibData: Uint8Array, filter: string): Uint8Array {
  const head = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n";
  const streamHead = `4 0 obj\n<< /Length ${zlibData.length} /Filter ${filter} >>\nstream\n`;
  const tail = "\nendstream\nendobj\ntrailer\n<< /Size 5 /Root 1 0 R >>\n%%EOF\n";
  const out = new Uint8Array(head.length + streamHead.length + zlibData.length + tail.length);
  out.set(enc.encode(head + streamHead));
  out.set(zlibData, head.length + streamHead.length);
  out.set(enc.encode(tail), head.length + streamHead.length + zlibData.length);
  return out;
}

export function brokenXrefPdf(): Uint8Array {
  return pdfOf(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>", stream("BT 12 Tf (x) Tj ET")], { xref: false });
}

/** Pages whose page tree points at itself (a loop), and a /Count far beyond what is there. */
export function loopingPdf(): Uint8Array {
  return pdfOf(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 1000000 >>", "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"]);
}

/** ASCII85 (ISO 32000-1 §7.4.3) of `bytes`, with its 「~>」 end: binary written as text. */
export function ascii85(bytes: Uint8Array): Uint8Array {
  let s = "";
  for (let i = 0; i < bytes.length; i += 4) {
    const chunk = [...bytes.subarray(i, i + 4)];
    let v = (((chunk[0] ?? 0) << 24) | ((chunk[1] ?? 0) << 16) | ((chunk[2] ?? 0) << 8) | (chunk[3] ?? 0)) >>> 0;
    const digits: string[] = [];
    for (let d = 0; d < 5; d++, v = Math.floor(v / 85)) digits.unshift(String.fromCharCode(33 + (v % 85)));
    s += digits.slice(0, chunk.length + 1).join("");
  }
  return enc.encode(`${s}~>`);
}
