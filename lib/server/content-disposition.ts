// RFC 6266 / 5987: an ASCII fallback plus the UTF-8 name, for every .docx download.
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, "").replace(/["\\]/g, "") || "report.docx";
  const fallback = /\.docx$/.test(ascii) && ascii !== ".docx" ? ascii : "nianbao-report.docx";
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
