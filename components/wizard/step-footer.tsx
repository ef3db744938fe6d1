"use client";
import { Button } from "@/components/ui/button";
import { useWizard } from "./wizard-context";

export function StepFooter({ onNext, nextLabel = "下一步" }: { onNext?: () => void; nextLabel?: string }) {
  const { prev, next, step } = useWizard();
  return (
    <div className="mt-6 flex gap-3 border-t border-slate-300 pt-4">
      {step !== "tasks" && <Button onClick={prev}>上一步</Button>}
      {step !== "review" && (
        <Button variant="primary" onClick={onNext ?? next}>
          {nextLabel}
        </Button>
      )}
    </div>
  );
}
