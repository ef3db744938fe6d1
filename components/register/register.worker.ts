// The register's Web Worker (issue #24): the clerk's register is read, mapped and counted here, never on the
// page's thread (10 000 rows stay under 200 ms of page work), and never leaves the browser.
import "@/lib/browser-floor/polyfills"; // first: Chromium 86 (issue #22)
import { expose } from "comlink";
import { registerJobs } from "./register-jobs";

expose(registerJobs());
