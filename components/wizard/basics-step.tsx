"use client";
import { useFormContext } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import { ReportTitle } from "./report-title";
import { StepFooter } from "./step-footer";
import { StepHeading } from "./step-heading";
import { useFieldMessage, useWizard } from "./wizard-context";
import { FieldRemark } from "./remark-notes";
import { remarkNoteId, useFieldRemarks } from "./remark-store";

type TextFieldProps = { name: string; label: string; hint?: string; type?: string; maxLength?: number };

function TextField({ name, label, hint, type = "text", maxLength }: TextFieldProps) {
  const { register } = useFormContext();
  const error = useFieldMessage(name);
  const remarks = useFieldRemarks(name);
  const remarkId = remarks.length ? remarkNoteId(name) : undefined;
  return (
    <Field id={name} label={label} hint={hint} error={error}>
      <input id={name} type={type} maxLength={maxLength} className={inputClass} aria-invalid={Boolean(error)} aria-describedby={remarkId} {...register(name)} />
      {remarkId && <FieldRemark id={remarkId} remarks={remarks} />}
    </Field>
  );
}

export function BasicsStep() {
  const { register } = useFormContext();
  const { format } = useWizard();
  return (
    <section className="max-w-3xl">
      <StepHeading title="基本信息" guidance="机关名称和年度用于报告标题；单位类型决定需要填写的内容。" />
      <p className="mb-4 rounded bg-white p-3 text-lg font-bold">
        <ReportTitle />
      </p>
      <div className="grid grid-cols-2 gap-4">
        <TextField name="unit.name" label="机关名称" maxLength={100} hint="写全称，例如：某某县某某镇人民政府" />
        <Field id="unit.kind" label="单位类型" hint="各级人民政府须报告工作考核、社会评议和责任追究结果情况">
          <select id="unit.kind" className={inputClass} {...register("unit.kind")}>
            {format.unitKinds.map((k) => (
              <option key={k.key} value={k.key}>
                {k.label}
              </option>
            ))}
          </select>
        </Field>
        <TextField name="year" label="报告年度" maxLength={4} hint="填写四位数字，例如 2024" />
        <TextField name="publishedOn" label="成文日期" type="date" hint="印在报告末尾的落款日期" />
      </div>
      <fieldset className="mt-6 grid grid-cols-2 gap-4">
        <legend className="mb-2 font-bold">
          联系方式（{format.contactFields.filter((f) => f.reachBy).map((f) => f.label).join("、")}至少填一项，写入报告开头）
        </legend>
        {format.contactFields.map((f) => (
          <TextField key={f.key} name={`contact.${f.key}`} label={f.label} maxLength={f.maxLength} />
        ))}
      </fieldset>
      <div className="mt-6">
        <Field id="preamble" label="开头段落（可不填）" hint="一般写明报告编制依据和统计期限，放在“一、总体情况”之前。">
          <textarea id="preamble" rows={4} className={inputClass} {...register("preamble")} />
        </Field>
      </div>
      <StepFooter />
    </section>
  );
}
