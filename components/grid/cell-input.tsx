"use client";
// One typed cell: uncontrolled (registered), labelled as a screen reader should read it.
// It re-renders only when its own message changes.
import { memo } from "react";
import { useFormContext } from "react-hook-form";
import { useFieldMessage } from "@/components/wizard/wizard-context";
import { MAX_CELL_TEXT } from "@/lib/wizard/form-values";
import { cellByPath } from "./cell-defs";

export const CellInput = memo(function CellInput({ path }: { path: string }) {
  const { register } = useFormContext();
  const message = useFieldMessage(path);
  const def = cellByPath.get(path)!;
  const id = `cell-${path.replace(/\./g, "-")}`;
  // Rendered straight into the <td> (which is the "group relative" box): one element less per cell.
  return (
    <>
      <input
        {...register(path)}
        id={id}
        aria-label={def.ariaLabel}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? `${id}-msg` : undefined}
        inputMode={def.kind === "amount" ? "decimal" : "numeric"}
        autoComplete="off"
        spellCheck={false}
        maxLength={MAX_CELL_TEXT}
        className="block w-full min-w-0 bg-transparent px-1 py-1 text-right tabular-nums outline-none focus:bg-yellow-50 focus:outline-2 focus:outline-blue-600 aria-[invalid=true]:bg-red-100 aria-[invalid=true]:text-red-900"
      />
      {message && (
        <span
          id={`${id}-msg`}
          role="note"
          className="pointer-events-none absolute top-full right-0 z-10 hidden w-64 rounded bg-red-700 p-2 text-left text-sm font-normal text-white shadow-lg group-focus-within:block group-hover:block"
        >
          {message}
        </span>
      )}
    </>
  );
});
