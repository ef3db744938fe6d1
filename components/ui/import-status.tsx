"use client";
// The status line of an import running in the background, with its 「取消」 button; after a cancel, the note.
import { Button } from "./button";
import { QuotedText } from "./user-text";

export function ImportStatus({ busy, note, onCancel }: { busy: string; note: string; onCancel: () => void }) {
  if (!busy && !note) return null;
  return (
    <div className="flex flex-wrap items-center gap-3">
      <p role="status" className="text-slate-700" data-testid="import-status">
        <QuotedText text={busy || note} />
      </p>
      {busy && (
        <Button variant="secondary" onClick={onCancel}>
          取消
        </Button>
      )}
    </div>
  );
}
