"use client";
// A file input in Chinese whatever the browser's language: the native input is visually hidden (still
// focusable and labelled), a styled 「选择文件」 label opens it, and the chosen file's name is shown.
import { useState, type ChangeEvent } from "react";

type Props = { id: string; accept: string; onFile: (e: ChangeEvent<HTMLInputElement>) => void; buttonText?: string; disabled?: boolean };

export function FilePicker({ id, accept, onFile, buttonText = "选择文件…", disabled = false }: Props) {
  const [chosen, setChosen] = useState("");
  return (
    <div className="flex flex-wrap items-center gap-3">
      <input
        id={id}
        type="file"
        accept={accept}
        disabled={disabled}
        className="peer sr-only"
        onChange={(e) => {
          setChosen(e.target.files?.[0]?.name ?? "");
          onFile(e);
        }}
      />
      <label
        htmlFor={id}
        className="cursor-pointer rounded border peer-disabled:cursor-not-allowed peer-disabled:opacity-60 border-slate-400 bg-white px-4 py-2 text-slate-900 hover:bg-slate-100 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-blue-600"
      >
        {buttonText}
      </label>
      <span className="text-sm text-slate-600" aria-live="polite">
        {chosen ? `已选择：${chosen}` : "未选择文件"}
      </span>
    </div>
  );
}
