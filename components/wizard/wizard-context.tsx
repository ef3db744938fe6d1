"use client";
// What every step needs from the wizard: navigation, the live issue store, the current report.
import { createContext, useContext, useSyncExternalStore } from "react";
import type { ReportFormat } from "@/lib/format/types";
import type { Report } from "@/lib/report/types";
import type { IssueStore } from "@/lib/wizard/issue-store";
import type { Signal } from "@/lib/wizard/signal";
import type { EditMode, SaveState } from "./use-draft-sync";

export type WizardApi = {
  format: ReportFormat;
  draftId: string;
  step: string;
  /** Opens a step; with a field path, focuses that field once the step is shown (at once on the open step). */
  go: (step: string, focus?: string) => void;
  /** Opens the step holding a field and focuses it (error list links). */
  goToField: (path: string) => void;
  next: () => void;
  prev: () => void;
  getReport: () => Report;
  /** Every issue, and which of them are shown (after the clerk left a field or pressed 下一步). */
  issues: IssueStore;
  /** Evaluates now instead of after the pause in typing (下一步 decides on the current values). */
  recheckNow: () => void;
  /** What the last save really did (never claims a save that did not happen). */
  saveState: Signal<SaveState>;
  /** Whether this tab edits the draft or follows another tab that does. */
  mode: Signal<EditMode>;
  takeOver: () => Promise<void>;
  saveNow: () => void;
  /** No browser storage can be used: the draft lives in this page's memory only (MemoryBanner says so). */
  memory: boolean;
};

const WizardContext = createContext<WizardApi | null>(null);
export const WizardProvider = WizardContext.Provider;

export function useWizard(): WizardApi {
  const api = useContext(WizardContext);
  if (!api) throw new Error("useWizard outside <WizardProvider>");
  return api;
}

export function useSignal<T>(signal: Signal<T>): T {
  return useSyncExternalStore(signal.subscribe, signal.get, signal.get);
}

/** The snapshot of shown issues (re-renders on every change: for lists and badges, not for cells). */
export function useIssues() {
  const { issues } = useWizard();
  return useSyncExternalStore(issues.subscribe, issues.get, issues.get);
}

/** The message shown beside one cell or field; re-renders only when that message changes. */
export function useFieldMessage(path: string): string | undefined {
  const { issues } = useWizard();
  const get = () => issues.get().byCell.get(path);
  return useSyncExternalStore(issues.subscribe, get, get);
}
