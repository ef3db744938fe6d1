"use client";
// 一、五、六: a text area per part with its guidance beside it and 插入参考段落.
import { useFormContext, useWatch } from "react-hook-form";
import type { ProsePart, SectionDef } from "@/lib/format/types";
import { prosePath } from "@/lib/format/cell-path";
import { fillModel, insertModel, modelVars } from "@/lib/prose/fill-model";
import { isGovernment } from "@/lib/rules/prose-fields";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { InfoFeeField } from "./info-fee-field";
import { StepFooter } from "./step-footer";
import { StepHeading } from "./step-heading";
import { useFieldMessage, useWizard } from "./wizard-context";
import { FieldRemark } from "./remark-notes";
import { remarkNoteId, useFieldRemarks } from "./remark-store";

type Item = {
  path: string;
  heading: string;
  guidance: string;
  model?: string;
  governmentOnly?: boolean;
  fee?: boolean;
  rows?: number;
  /** The step's own heading already names the field (五): the label is for screen readers only. */
  labelHidden?: boolean;
};

function ProseField({ item }: { item: Item }) {
  const { register, getValues, setValue } = useFormContext();
  const { getReport, format } = useWizard();
  const error = useFieldMessage(item.path);
  const remarks = useFieldRemarks(item.path);
  const remarkId = remarks.length ? remarkNoteId(item.path) : "";
  const insert = () => {
    const filled = fillModel(item.model!, modelVars(getReport(), format));
    setValue(item.path, insertModel(String(getValues(item.path) ?? ""), filled), { shouldDirty: true });
    document.getElementById(item.path)?.focus();
  };
  return (
    <div className="grid grid-cols-[minmax(0,2fr)_minmax(0,1fr)] gap-4 border-t border-slate-200 py-4">
      <div className="flex flex-col gap-2">
        <label htmlFor={item.path} className={item.labelHidden ? "sr-only" : "font-bold"}>
          {item.heading}
          {item.governmentOnly && <span className="ml-2 rounded bg-amber-100 px-1.5 text-sm font-normal text-amber-900">各级人民政府必须填写</span>}
        </label>
        {item.fee && <InfoFeeField />}
        <textarea id={item.path} rows={item.rows ?? 5} className={inputClass} aria-invalid={Boolean(error)} aria-describedby={`${item.path}-guide ${remarkId}`.trim()} {...register(item.path)} />
        {error && <p className="text-sm text-red-700">{error}</p>}
        <FieldRemark id={remarkId} remarks={remarks} />
      </div>
      <div className="text-sm text-slate-700">
        <p id={`${item.path}-guide`} className="rounded bg-slate-100 p-2">
          {item.guidance}
        </p>
        {item.model && (
          <Button variant="secondary" className="mt-2 text-sm" onClick={insert} aria-label={`插入参考段落：${item.heading}`}>
            插入参考段落
          </Button>
        )}
        {item.model && /\{(received|carriedOver|concluded|granted|carriedForward|reviewTotal|litigationTotal)\}/.test(item.model) && (
          <p className="mt-1 text-xs text-slate-600">段落中的数字取自表三、表四，建议先填好表格再插入。</p>
        )}
      </div>
    </div>
  );
}

function items(section: SectionDef, government: boolean): Item[] {
  if (!section.parts) return [{ path: prosePath(section.key), heading: section.heading, guidance: section.guidance, model: section.model, rows: 8, labelHidden: true }];
  // An optional lead paragraph before the sub-headings (imported reports often have one).
  const lead: Item = { path: prosePath(section.key), heading: "本部分开头段落（可不填）", guidance: "放在各小标题之前的一段总述；没有可以不填。", rows: 4 };
  return [
    lead,
    ...section.parts
      .filter((p: ProsePart) => government || !p.governmentOnly)
      .map((p) => ({ path: prosePath(section.key, p.key), heading: p.heading, guidance: p.guidance, model: p.model, governmentOnly: p.governmentOnly, fee: p.key === "fee" })),
  ];
}

export function ProseStep({ section }: { section: SectionDef }) {
  const { format } = useWizard();
  const kind = useWatch({ name: "unit.kind" }) as string;
  const government = isGovernment(format, { unit: { name: "", kind } });
  return (
    <section className="max-w-5xl">
      <StepHeading title={section.heading} guidance={section.parts ? section.guidance : undefined} />
      {items(section, government).map((item) => (
        <ProseField key={item.path} item={item} />
      ))}
      <StepFooter />
    </section>
  );
}
