// The Web Worker every browser import runs in (/check and the start page): reading the file, the importers
// and the rule engine never hold the page's thread, and the page can end this worker to cancel. A PDF is
// read by pdf.js right here (pdf-here.ts, loaded only for a PDF), not in a second worker.
import "../../browser-floor/polyfills"; // first: Chromium 86 (issue #22)
import { expose } from "comlink";
import { importJobs } from "./import-jobs";
import { readPdfLazily as readPdf } from "../readers/pdf/read-pdf-lazily";

expose(importJobs(readPdf));
