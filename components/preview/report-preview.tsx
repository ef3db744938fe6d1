// The whole report laid out like the printed document (GB/T 9704 look, in the browser's fonts), from the same
// decisions as the .docx: the title's lines, the contact sentence, numbered part headings, the signature block.
import type { ReportFormat, SectionDef } from "@/lib/format/types";
import { prosePath } from "@/lib/format/cell-path";
import { getPath } from "@/lib/values/object-path";
import { reportTitle } from "@/lib/draft/serialize";
import { partHeading } from "@/lib/docx/part-heading";
import { titleLines } from "@/lib/docx/title-lines";
import { printedContact } from "@/lib/report/contact-sentence";
import { isGovernment } from "@/lib/rules/prose-fields";
import type { Report } from "@/lib/report/types";
import { previewFonts } from "./preview-fonts";
import { PreviewTable } from "./preview-table";
import { NameLines, UserText } from "@/components/ui/user-text";

const serif = previewFonts.body;

function Paragraphs({ text }: { text: string }) {
  const paras = text.split(/\n+/).filter((p) => p.trim());
  if (paras.length === 0) return <p className="indent-[2em] text-slate-600">（未填写）</p>;
  return paras.map((p, i) => (
    <p key={i} className="indent-[2em]">
      <UserText>{p.trim()}</UserText>
    </p>
  ));
}

function Section({ section, report, format }: { section: SectionDef; report: Report; format: ReportFormat }) {
  const text = String(getPath(report, prosePath(section.key)) ?? "");
  const gov = isGovernment(format, report);
  return (
    <section className="mt-3" data-preview-section={section.key}>
      <h2 className="indent-[2em] font-bold" style={previewFonts.heading}>
        {section.heading}
      </h2>
      {section.table && <PreviewTable table={format.tables[section.table]} report={report} />}
      {!section.table && (text.trim() || !section.parts) && <Paragraphs text={text} />}
      {section.parts?.map((p, i) =>
        gov || !p.governmentOnly ? (
          <div key={p.key}>
            <h3 className="indent-[2em]" style={previewFonts.subheading}>
              {partHeading(section, i)}
            </h3>
            <Paragraphs text={String(getPath(report, prosePath(section.key, p.key)) ?? "")} />
          </div>
        ) : null,
      )}
    </section>
  );
}

function dateText(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : "（成文日期）";
}

/** GB/T 9704—2012 7.3.5.2: 署名 右空二字, the date on the next line starting two characters to its right; a longer
 * date stands 右空二字 and pushes the name left. A right-aligned box as wide as the wider of the two does it. */
function Signature({ report }: { report: Report }) {
  return (
    <div className="mt-7 pr-[2em] text-right">
      <div className="inline-block text-left">
        <p>
          <UserText>{report.unit.name.trim() || "（机关名称）"}</UserText>
        </p>
        <p className="pl-[2em]">{dateText(report.publishedOn)}</p>
      </div>
    </div>
  );
}

export function ReportPreview({ report, format }: { report: Report; format: ReportFormat }) {
  const contact = printedContact(report);
  const lines = titleLines(report.unit.name, Number.isFinite(report.year) ? report.year : "（年度）");
  return (
    <article aria-label="报告预览" className="mx-auto max-w-[210mm] bg-white px-[26mm] py-[20mm] text-[15px] leading-7 shadow" style={serif}>
      <h1 className="mb-4 text-center text-2xl font-bold" style={previewFonts.title}>
        <NameLines lines={lines} name={report.unit.name.trim()} />
      </h1>
      {report.preamble.trim() && <Paragraphs text={report.preamble} />}
      {contact && (
        <p className="indent-[2em]">
          <UserText>{contact}</UserText>
        </p>
      )}
      {format.sections.map((s) => (
        <Section key={s.key} section={s} report={report} format={format} />
      ))}
      <Signature report={report} />
    </article>
  );
}
