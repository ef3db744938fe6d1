// Every budget the importers keep, in one place (issue 15: bounded work on hostile files). Each is counted
// while reading — before a structure is built — and a file over one is refused with a Chinese sentence.
// The numbers are generous multiples of what real reports need, measured on the official blank template
// (templates/gov-2021/fixtures) and documents rendered here: word/document.xml ≈ 250 kB, ≈ 8 000 elements,
// ≈ 360 paragraphs, 324 table cells, nesting ≈ 12 deep; a published web page ≈ 3 000 elements; ≤ 30 PDF pages.
// The ceiling they keep: any file, hostile or not, costs well under 1 s of CPU and 200 MB of memory.

export const LIMITS = {
  /** Any file through any door. */
  inputBytes: 20 * 1024 * 1024,

  // ── .docx (a zip) ──
  /** Entries in the zip's central directory (a .docx has 10–40). */
  zipEntries: 2_000,
  /** Sum of the declared sizes of all entries (images included, never inflated): a cheap first refusal. */
  zipDeclaredTotal: 50 * 1024 * 1024,
  /** word/document.xml or word/styles.xml, counted while inflating (the declared size is not trusted). */
  xmlPartBytes: 10 * 1024 * 1024,
  /** One customXml/itemN.xml (年报助手's data part is ≈ 30 kB); a larger one is left unread. */
  dataPartBytes: 2 * 1024 * 1024,
  /** Everything inflated from one file together. */
  inflatedTotal: 16 * 1024 * 1024,

  // ── XML (every part that is parsed) ──
  /** Elements in one XML part: xmldom takes ≈ 4 µs and ≈ 1 kB a node, so ≤ 0.5 s and ≈ 150 MB at the cap. */
  xmlElements: 120_000,
  /** Nesting depth (a real document ≈ 12; xmldom's own tree walks recurse). */
  xmlDepth: 200,
  /** w:p anywhere in word/document.xml (a real report < 2 000). */
  paragraphs: 20_000,
  /** w:tc anywhere in word/document.xml (a real report has a few hundred). */
  tableCells: 10_000,

  // ── web pages ──
  /** Start tags in a page (parse5 builds ≈ 1 kB a node). */
  htmlElements: 100_000,
  /** Elements open at once, counting only those whose end tag is required (parse5's scope checks walk the stack). */
  htmlDepth: 500,

  // ── text, JSON, PDF ──
  /** Characters of plain text, or of the text a document yields. */
  textChars: 1_000_000,
  /** Lines of text, from any reader (each is matched against the headings, ≈ 40 µs; a report has < 3 000). */
  textLines: 10_000,
  /** An exchange file (a report is ≈ 30 kB; the schema lets a few fields hold 200 000 characters each). */
  jsonChars: 4 * 1024 * 1024,
  /** Nesting of arrays/objects in JSON (the exchange format is 6 deep). */
  jsonDepth: 64,
  /** PDF pages read (a report has ≤ 30). */
  pdfPages: 100,
  /**
   * Decoded bytes of all page content streams (LibreOffice's 5-page report has 38 kB; Word and WPS write
   * several times more — each border a rectangle, each run positioned — so the margin is wide; the operator
   * and text-item caps below are what bound pdf.js's work).
   */
  pdfContentBytes: 4 * 1024 * 1024,
  /** Text items (runs) pdf.js yields, all pages together (LibreOffice's 表三 page has 551; a 30-page report from Word < 15 000). */
  pdfTextItems: 40_000,
  /** Operators, all pages together (ruling lines are read from them; LibreOffice's 表三 page has 2 535; pdf.js ≈ 5 µs each). */
  pdfOperators: 150_000,

  // ── registers (登记台账, #24: .xlsx, .csv or pasted) ──
  /** Rows of one sheet (a busy county department logs a few thousand applications a year). */
  registerRows: 50_000,
  /** Columns of one sheet (a register has 8–20). */
  registerColumns: 200,
  /** Everything inflated from one .xlsx, counted while inflating (10 000 rows ≈ 3 MB of sheet XML). */
  registerInflated: 96 * 1024 * 1024,
} as const;
