"use client";
// 信息处理费: 未收取, or the amount in 元 (report.infoFee).
import { useFormContext, useWatch } from "react-hook-form";
import { inputClass } from "@/components/ui/field";
import { useFieldMessage } from "./wizard-context";

export function InfoFeeField() {
  const { register } = useFormContext();
  const status = useWatch({ name: "infoFee.status" }) as string;
  const statusMsg = useFieldMessage("infoFee.status");
  const amountMsg = useFieldMessage("infoFee.amountYuan");
  return (
    <fieldset className="flex flex-wrap items-center gap-4 rounded border border-slate-300 bg-white p-2">
      <legend className="px-1 text-sm font-medium">本年度是否收取信息处理费</legend>
      <label className="flex items-center gap-1">
        <input type="radio" value="not-collected" {...register("infoFee.status")} /> 未收取
      </label>
      <label className="flex items-center gap-1">
        <input type="radio" value="collected" {...register("infoFee.status")} /> 已收取，金额
      </label>
      <input
        aria-label="信息处理费金额（元）"
        className={`${inputClass} w-28`}
        inputMode="decimal"
        disabled={status !== "collected"}
        aria-invalid={Boolean(amountMsg)}
        {...register("infoFee.amountYuan")}
      />
      <span>元</span>
      {(amountMsg || statusMsg) && <p className="w-full text-sm text-red-700">{amountMsg ?? statusMsg}</p>}
    </fieldset>
  );
}
