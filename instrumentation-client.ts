// Runs before the app hydrates (Next.js): the few calls Chromium 86 lacks, installed where missing (issue #22).
import "./lib/browser-floor/polyfills";
