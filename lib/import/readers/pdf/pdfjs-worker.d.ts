// pdf.js's worker module has no type declarations of its own; pdf-here.ts only hands it to pdf.js.
declare module "pdfjs-dist/legacy/build/pdf.worker.mjs" {
  export const WorkerMessageHandler: unknown;
}
