// The importers (zip, XML, HTML parser, zod) are loaded on demand, so pages that offer an import stay light;
// a PDF is read by pdf.js in a Web Worker that loads only when a PDF is chosen (read-pdf-browser.ts).
export const loadImportTools = () =>
  Promise.all([import("./import-report"), import("./check-imported"), import("./start-from-last-year"), import("./import-file"), import("./read-pdf-browser")]).then(
    ([a, b, c, file, pdf]) => ({
      ...a,
      ...b,
      ...c,
      /** Any report file: .docx, PDF, web page, text or exchange JSON. */
      importFile: (name: string, bytes: Uint8Array) => file.importFile(name, bytes, pdf.readPdfInWorker),
    }),
  );
