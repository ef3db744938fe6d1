export { saveDraft, loadDraft, readDraft, listDrafts } from "./browser";
export { reportTitle, exportFileName, type DraftSummary } from "./serialize";
