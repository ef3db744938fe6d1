// Issue 15: markup typed into any text field, or read from a hostile web page or text, is shown as text in the
// preview (React escapes it); no element or attribute from the input reaches the page.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { importReport } from "@/lib/import/build/import-report";
import { validateReport } from "@/lib/report/parse-report-json";
import type { Report } from "@/lib/report/types";
import { gov2021 } from "@/templates/gov-2021";
import { PAYLOADS, caseById, withPayloadEverywhere } from "@/test-support/hostile/cases";
import { ReportPreview } from "./report-preview";

const html = (report: Report) => renderToStaticMarkup(<ReportPreview report={report} format={gov2021} />);
/** An element from the input (an attribute can only be injected by breaking out of one, which also shows here). */
const INJECTED = /<script|<img|<w:/i;

describe("the preview escapes hostile text", () => {
  it.each(Object.keys(PAYLOADS).filter((k) => k !== "long"))("%s in every field", (name) => {
    const valid = validateReport(withPayloadEverywhere(PAYLOADS[name]!));
    if (!valid.ok) throw new Error(valid.error);
    const markup = html(valid.report);
    expect(markup).not.toMatch(INJECTED);
    if (name === "script") expect(markup).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;preamble");
    if (name === "attribute") expect(markup).toContain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;preamble");
  });

  it.each(["html-xss-report", "text-xss"])("a report imported from %s", (id) => {
    const c = caseById(id);
    const read = importReport({ name: c.file, bytes: c.bytes() });
    if (!read.ok) throw new Error(read.error);
    expect(JSON.stringify(read.report)).toMatch(/<script>|onerror/); // the text was read as it was written…
    expect(html(read.report)).not.toMatch(INJECTED); // …and is shown as text
  });
});
