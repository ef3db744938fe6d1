"use client";
// One drop zone of the county desk (本年报告, or 上年报告): drag files or folders onto it, or choose several
// files, a whole folder or a .zip with the Chinese pickers.
import { useState, type ChangeEvent, type DragEvent } from "react";
import { REPORT_FILES } from "@/lib/import/readers/accept";
import { FilePicker } from "@/components/ui/file-picker";
import { fromDrop, fromInput, visible } from "./picked-files";
import type { PickedFile } from "./desk-types";

type Props = { id: string; title: string; hint: string; disabled: boolean; onFiles: (files: PickedFile[]) => void };

export function BatchInput({ id, title, hint, disabled, onFiles }: Props) {
  const [over, setOver] = useState(false);
  const picked = (e: ChangeEvent<HTMLInputElement>) => {
    const files = visible(fromInput(e.target.files));
    e.target.value = "";
    onFiles(files);
  };
  const drop = async (e: DragEvent<HTMLElement>) => {
    e.preventDefault();
    setOver(false);
    if (!disabled) onFiles(await fromDrop(e.dataTransfer));
  };
  return (
    <section
      aria-labelledby={`${id}-title`}
      data-testid={`${id}-zone`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      className={`space-y-2 rounded border-2 border-dashed p-4 ${over ? "border-blue-600 bg-blue-50" : "border-slate-400 bg-white"}`}
    >
      <h2 id={`${id}-title`} className="font-bold">
        {title}
      </h2>
      <p className="text-sm text-slate-700">{hint}</p>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
        <FilePicker id={`${id}-files`} accept={`${REPORT_FILES},.zip`} multiple onFile={picked} disabled={disabled} buttonText="选择多个文件或 .zip…" />
        <FilePicker id={`${id}-folder`} accept="" directory onFile={picked} disabled={disabled} buttonText="选择整个文件夹…" />
      </div>
    </section>
  );
}
