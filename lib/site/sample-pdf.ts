// Small hand-made PDFs (ISO 32000-1 §7.5: objects, a cross-reference table with true offsets, a trailer), made
// in the browser by the self-check page (issue #25: pdf.js and its character maps served by this site) and by
// the tests (test-support/minimal-pdf.ts).
const enc = new TextEncoder();

export function pdf(objects: string[]): Uint8Array {
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(enc.encode(out).length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = enc.encode(out).length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return enc.encode(out);
}

export const stream = (dict: string, data: string) => `<< ${dict} /Length ${enc.encode(data).length} >>\nstream\n${data}\nendstream`;
export const page = (resources: string) => `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources ${resources} /Contents 4 0 R >>`;

/**
 * Lines of Chinese text in STSong-Light, not embedded: readable only through the UniGB-UCS2-H map. The first
 * is a centred title, the others start two characters in (GB/T 9704: headings and first lines are indented).
 */
export function unembeddedChinesePdf(lines: string[]): Uint8Array {
  const hex = (s: string) => [...s].map((c) => c.charCodeAt(0).toString(16).padStart(4, "0")).join("");
  const x = (l: string, i: number) => (i === 0 ? Math.round((595 - 16 * l.length) / 2) : 112);
  const text = lines.map((l, i) => `BT /F1 16 Tf ${x(l, i)} ${760 - 30 * i} Td <${hex(l)}> Tj ET`).join("\n");
  return pdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    page("<< /Font << /F1 5 0 R >> >>"),
    stream("", text),
    "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>",
    "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>",
    "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
  ]);
}

/** A title, a heading and body text: over the 50 characters a PDF must hold to count as text, not a scan. */
export const SAMPLE_PDF_LINES = ["城关镇2024年政府信息公开工作年度报告", "一、总体情况", "本年度，我镇扎实推进政府信息公开工作。", "（一）主动公开"];
