export { saveDraft, loadDraft, readDraft, listDrafts, deleteDraft, renameDraft, draftsFlushed } from "./browser";
export { reportTitle, exportFileName, type DraftSummary } from "./serialize";
