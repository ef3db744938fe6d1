import type { ReactNode } from "react";

/** A labelled form row; the label wraps nothing so the input keeps its own id. */
export function Field({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {children}
      {hint && <p className="text-sm text-slate-600">{hint}</p>}
      {error && <p className="text-sm text-red-700">{error}</p>}
    </div>
  );
}

export const inputClass =
  "rounded border border-slate-400 bg-white px-2 py-1.5 focus:outline-2 focus:outline-blue-600 aria-[invalid=true]:border-red-600";
