// The thin browser adapter: drafts live in localStorage (synchronous, survives reload and crashes).
// Names kept stable for other pages (app/check opens an imported report with saveDraft).
import type { Report } from "../report/types";
import { createDraftStore } from "./store";

const store = () => createDraftStore(window.localStorage);

export const saveDraft = (report: Report, id?: string): string => store().saveDraft(report, id);
export const loadDraft = (id: string): Report | null => store().loadDraft(id);
export const readDraft = (id: string) => store().readDraft(id);
export const listDrafts = () => store().listDrafts();
