export { saveDraft, loadDraft, readDraft, listDrafts, draftsFlushed } from "./browser";
export { reportTitle, exportFileName, type DraftSummary } from "./serialize";
