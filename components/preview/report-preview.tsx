// The whole report laid out like the printed document (GB/T 9704 look, in the browser's fonts).
import type { ReportFormat, SectionDef } from "@/lib/format/types";
import { prosePath } from "@/lib/format/cell-path";
import { getPath } from "@/lib/values/object-path";
import { reportTitle } from "@/lib/draft/serialize";
import { isGovernment } from "@/lib/rules/prose-fields";
import type { Report } from "@/lib/report/types";
import { PreviewTable } from "./preview-table";

const serif = { fontFamily: '"FangSong", "仿宋", "FangSong_GB2312", "STFangsong", serif' };

function Paragraphs({ text }: { text: string }) {
  const paras = text.split(/\n+/).filter((p) => p.trim());
  if (paras.length === 0) return <p className="indent-[2em] text-slate-400">（未填写）</p>;
  return paras.map((p, i) => (
    <p key={i} className="indent-[2em]">
      {p.trim()}
    </p>
  ));
}

function Section({ section, report, format }: { section: SectionDef; report: Report; format: ReportFormat }) {
  const text = String(getPath(report, prosePath(section.key)) ?? "");
  const gov = isGovernment(format, report);
  return (
    <section className="mt-3" data-preview-section={section.key}>
      <h2 className="indent-[2em] font-bold" style={{ fontFamily: '"SimHei", "黑体", sans-serif' }}>
        {section.heading}
      </h2>
      {section.table && <PreviewTable table={format.tables[section.table]} report={report} />}
      {!section.table && (text.trim() || !section.parts) && <Paragraphs text={text} />}
      {section.parts
        ?.filter((p) => gov || !p.governmentOnly)
        .map((p) => (
          <div key={p.key}>
            <h3 className="indent-[2em]" style={{ fontFamily: '"KaiTi", "楷体", serif' }}>
              {p.heading}
            </h3>
            <Paragraphs text={String(getPath(report, prosePath(section.key, p.key)) ?? "")} />
          </div>
        ))}
    </section>
  );
}

function dateText(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : "（成文日期）";
}

export function ReportPreview({ report, format }: { report: Report; format: ReportFormat }) {
  return (
    <article aria-label="报告预览" className="mx-auto max-w-[210mm] bg-white px-[26mm] py-[20mm] text-[15px] leading-7 shadow" style={serif}>
      <h1 className="mb-4 text-center text-2xl font-bold" style={{ fontFamily: '"SimSun", "宋体", serif' }}>
        {reportTitle(report)}
      </h1>
      {report.preamble.trim() && <Paragraphs text={report.preamble} />}
      {format.sections.map((s) => (
        <Section key={s.key} section={s} report={report} format={format} />
      ))}
      <p className="mt-8 text-right">{report.unit.name || "（机关名称）"}</p>
      <p className="text-right">{dateText(report.publishedOn)}</p>
    </article>
  );
}
