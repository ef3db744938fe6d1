"use client";
// Where the register comes from: a .xlsx/.csv file, or a block pasted from Excel/WPS; and the standard template.
import { useState } from "react";
import type { RegisterKind } from "@/lib/register/types";
import { Button } from "@/components/ui/button";
import { FilePicker } from "@/components/ui/file-picker";
import { KIND_TITLES } from "./column-roles";

type Props = {
  kind: RegisterKind;
  busy: boolean;
  onFile: (file: File) => void;
  onPaste: (text: string) => void;
  onTemplate: () => void;
};

export function RegisterSource({ kind, busy, onFile, onPaste, onTemplate }: Props) {
  const [text, setText] = useState("");
  const pasteId = `register-paste-${kind}`;
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">
        选择本年度的{KIND_TITLES[kind].register}（.xlsx 或 .csv），或从 Excel/WPS 复制整张台账（连同表头）粘贴到下面。
        台账只在本浏览器中读取，不上传、不保存；保存到草稿的只有统计出的数字、行号和各列的对应关系。
      </p>
      <FilePicker
        id={`register-file-${kind}`}
        accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        buttonText="选择台账文件…"
        disabled={busy}
        onFile={(e) => {
          const f = e.target.files?.[0];
          if (f) onFile(f);
          e.target.value = "";
        }}
      />
      <div>
        <label htmlFor={pasteId} className="block text-sm">
          或粘贴台账内容
        </label>
        <textarea
          id={pasteId}
          rows={3}
          value={text}
          disabled={busy}
          onChange={(e) => setText(e.target.value)}
          className="mt-1 w-full max-w-3xl rounded border border-slate-400 p-1 font-mono text-xs"
        />
        <Button className="mt-1 block" disabled={busy || text.trim() === ""} onClick={() => onPaste(text)}>
          读取粘贴的内容
        </Button>
      </div>
      <p className="text-sm">
        还没有台账？
        <Button variant="link" onClick={onTemplate} disabled={busy}>
          下载台账模板
        </Button>
        （各列的选项与报告表格一致，明年从模板开始登记即可直接导入）
      </p>
    </div>
  );
}
