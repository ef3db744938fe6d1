"use client";
// The reviewer's remarks in the wizard (issue #26): those on the whole report at the top of 检查与预览, and a
// step's anchored ones in its issue area, each with a link that focuses the field it concerns. Nothing
// renders in the offline tool (the store is empty).
import type { PlacedRemark } from "@/lib/submission-view/remark-placement";
import { Button } from "@/components/ui/button";
import { useAnchoredRemarks, useStepRemarks, useWholeRemarks } from "./remark-store";
import { useWizard } from "./wizard-context";

function Items({ remarks }: { remarks: PlacedRemark[] }) {
  const { goToField } = useWizard();
  return (
    <ul className="mt-1 list-disc space-y-1 pl-5">
      {remarks.map((r) => (
        <li key={r.id}>
          {r.label && r.path && (
            <>
              <Button variant="link" onClick={() => goToField(r.path!)}>
                {r.label}
              </Button>
              ：
            </>
          )}
          <bdi className="whitespace-pre-wrap">{r.text}</bdi>
        </li>
      ))}
    </ul>
  );
}

/** 检查与预览's top: what the reviewer said of the report as a whole, then every anchored remark. */
export function WholeRemarks() {
  const whole = useWholeRemarks();
  const anchored = useAnchoredRemarks();
  if (whole.length === 0 && anchored.length === 0) return null;
  return (
    <div className="rounded border-l-4 border-amber-500 bg-amber-50 p-3" data-testid="whole-remarks">
      <p className="font-bold">县政务公开办的审核意见（退回修改）</p>
      {whole.length > 0 && <Items remarks={whole} />}
      {anchored.length > 0 && (
        <>
          <p className="mt-2 text-sm">针对具体内容的意见（点击前往修改）：</p>
          <Items remarks={anchored} />
        </>
      )}
    </div>
  );
}

/** A step's own remarks, above its issue list. */
export function StepRemarks() {
  const { step } = useWizard();
  const mine = useStepRemarks(step);
  if (mine.length === 0) return null;
  return (
    <div className="mt-4 rounded border-l-4 border-amber-500 bg-amber-50 p-3" data-testid="step-remarks">
      <p className="font-bold">本步骤有 {mine.length} 条审核意见</p>
      <Items remarks={mine} />
    </div>
  );
}

/** Beside a field: the remark's text, for its aria-describedby. */
export function FieldRemark({ id, remarks }: { id: string; remarks: PlacedRemark[] }) {
  if (remarks.length === 0) return null;
  return (
    <p id={id} className="text-sm text-amber-900" data-remark="">
      审核意见：<bdi>{remarks.map((r) => r.text).join("；")}</bdi>
    </p>
  );
}
