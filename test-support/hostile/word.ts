// Hostile-input generators: word/document.xml bodies (ECMA-376 Part 1 §17) built as strings.
export const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

export const documentXml = (body: string, head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>') => `${head}<w:document ${W_NS}><w:body>${body}</w:body></w:document>`;
export const para = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
export const paras = (n: number, text = (i: number) => `第${i}段`) => Array.from({ length: n }, (_, i) => para(text(i))).join("");

export function table(rows: number, cols: number, cell = (r: number, c: number) => String(r * cols + c)): string {
  const row = (r: number) => `<w:tr>${Array.from({ length: cols }, (_, c) => `<w:tc>${para(cell(r, c))}</w:tc>`).join("")}</w:tr>`;
  return `<w:tbl>${Array.from({ length: rows }, (_, r) => row(r)).join("")}</w:tbl>`;
}

export const nestedSdt = (n: number, inner = para("正文")) => "<w:sdt><w:sdtContent>".repeat(n) + inner + "</w:sdtContent></w:sdt>".repeat(n);
export const nestedTables = (n: number) => "<w:tbl><w:tr><w:tc>".repeat(n) + para("x") + "</w:tc></w:tr></w:tbl>".repeat(n);
export const nestedRuns = (n: number) => "<w:p>" + "<w:hyperlink>".repeat(n) + "<w:r><w:t>x</w:t></w:r>" + "</w:hyperlink>".repeat(n) + "</w:p>";

export const BILLION_LAUGHS =
  '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
  '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">' +
  '<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">' +
  '<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">' +
  '<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>';
export const XXE = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';
