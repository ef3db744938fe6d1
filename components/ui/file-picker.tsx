"use client";
// A file input in Chinese whatever the browser's language: the native input is visually hidden (still
// focusable and labelled), a styled 「选择文件」 label opens it, and the chosen file's name is shown. It can
// also take several files, or a whole folder (webkitdirectory, with its subfolders).
import { useState, type ChangeEvent } from "react";

type Props = {
  id: string;
  accept: string;
  onFile: (e: ChangeEvent<HTMLInputElement>) => void;
  buttonText?: string;
  disabled?: boolean;
  multiple?: boolean;
  directory?: boolean;
};

function chosenText(files: FileList | null): string {
  if (!files || files.length === 0) return "";
  return files.length === 1 ? files[0]!.name : `${files.length} 个文件`;
}

export function FilePicker({ id, accept, onFile, buttonText = "选择文件…", disabled = false, multiple = false, directory = false }: Props) {
  const [chosen, setChosen] = useState("");
  return (
    <div className="flex flex-wrap items-center gap-3">
      <input
        id={id}
        type="file"
        accept={accept}
        disabled={disabled}
        multiple={multiple || directory}
        {...(directory ? { webkitdirectory: "" } : {})}
        className="peer sr-only"
        onChange={(e) => {
          setChosen(chosenText(e.target.files));
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
