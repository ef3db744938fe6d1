"use client";
// The wizard's link to storage: saves one after another, each based on the revision this tab last read or
// wrote (lib/draft merges another tab's newer save in, field by field); the save status only ever says what
// really happened; one tab edits a draft (its lease), another follows it live, read-only, until it takes over.
import { useCallback, useEffect, useMemo, useRef } from "react";
import type { UseFormReturn, FieldValues } from "react-hook-form";
import { gov2021 } from "@/templates/gov-2021";
import { acquireLease, onDraftSaved, readDraft, saveDraftAt, type Lease } from "@/lib/draft";
import type { Report } from "@/lib/report/types";
import { toFormValues } from "@/lib/wizard/form-values";
import { createSignal, type Signal } from "@/lib/wizard/signal";

export type SaveState =
  | { state: "idle" }
  | { state: "saved"; at: string; merged: number }
  | { state: "failed"; message: string };

/** editing: this tab holds the draft; watching: another tab does, this one follows read-only; taken: it was taken over. */
export type EditMode = "opening" | "editing" | "watching" | "taken";

const clock = () => new Date().toLocaleTimeString("zh-CN", { hour12: false });

export function useDraftSync(form: UseFormReturn<FieldValues>, draftId: string, opened: { report: Report; revision: number }, getReport: () => Report) {
  const saveState = useMemo(() => createSignal<SaveState>({ state: "idle" }), []);
  const mode = useMemo(() => createSignal<EditMode>("opening"), []);
  const base = useRef({ revision: opened.revision, report: opened.report as Report | null });
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const lease = useRef<Lease | null>(null);

  const show = useCallback(
    (report: Report, revision: number) => {
      base.current = { revision, report };
      form.reset(toFormValues(report, gov2021));
    },
    [form],
  );

  const reload = useCallback(async () => {
    const read = await readDraft(draftId);
    if (read?.ok) show(read.draft.report, read.draft.revision ?? 0);
  }, [draftId, show]);

  const save = useCallback(() => {
    if (mode.get() !== "editing") return;
    const report = getReport();
    queue.current = queue.current.then(async () => {
      const out = await saveDraftAt(draftId, report, base.current);
      if (!out.ok) return saveState.set({ state: "failed", message: out.message });
      base.current = { revision: out.revision, report: out.report };
      // Another tab's fields came in: show them (the clerk's own changes are part of the merged report).
      if (out.merged.length > 0 || JSON.stringify(out.report) !== JSON.stringify(report)) form.reset(toFormValues(out.report, gov2021));
      saveState.set({ state: "saved", at: clock(), merged: out.merged.length });
    });
  }, [draftId, form, getReport, mode, saveState]);

  const hold = useCallback(
    (l: Lease) => {
      lease.current = l;
      if (!l.held) return mode.set("watching");
      mode.set("editing");
      void l.lost.then(() => mode.set("taken"));
    },
    [mode],
  );

  /** 「在此窗口编辑」: take the lease from the other tab, then start from what it saved last. */
  const takeOver = useCallback(async () => {
    const l = await acquireLease(draftId, { steal: true });
    await reload();
    hold(l);
  }, [draftId, hold, reload]);

  useEffect(() => {
    let gone = false;
    void acquireLease(draftId).then((l) => (gone ? l.held && l.release() : hold(l)));
    // A tab that does not edit follows the one that does.
    const off = onDraftSaved(draftId, () => {
      if (mode.get() !== "editing") void reload();
    });
    return () => {
      gone = true;
      off();
      if (lease.current?.held) lease.current.release();
    };
  }, [draftId, hold, mode, reload]);

  return { save, saveState, mode, takeOver } satisfies { save: () => void; saveState: Signal<SaveState>; mode: Signal<EditMode>; takeOver: () => Promise<void> };
}
