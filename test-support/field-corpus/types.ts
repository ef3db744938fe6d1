// The field corpus (issue #21): reports written the way Word, WPS, CMS editors, crawlers and PDF-to-text tools
// publish them, each made from known data so that every printed cell can be asserted against what it was made from.
import type { Report } from "../../lib/report/types";

/** The format verdict a reader must reach: 2021, the obsolete 2019 试行 format, or a report from before 2019. */
export type ExpectedVerdict = "gov-2021" | "gov-2019" | "pre-2019";

/** One input exactly as a reviewer receives it: a file (any door's bytes) or text pasted into /check. */
export type FieldInput = { name: string; bytes: Uint8Array } | { pasted: string };

export type FieldCase = {
  /** The layout family the score is grouped by, e.g. 「WPS PDF: group label centred」, 「Markdown: pipe tables」. */
  layout: string;
  /** What makes this case, in a few words (shown when it fails). */
  name: string;
  input: FieldInput;
  /** The data the input was made from. */
  source: Report;
  /** Cells the layout really does not print (e.g. a one-row （六）其他处理 prints no sub-rows): dotted cell paths. */
  notPrinted?: string[];
  verdict: ExpectedVerdict;
};
