export { createDraft, saveDraftAt, loadDraft, readDraft, listDrafts, deleteDraft, renameDraft, onDraftSaved, storageIsMemory, TAB_ID, type SaveOutcome } from "./browser";
export { acquireLease, type Lease } from "./lease";
export { reportTitle, exportFileName, type DraftSummary } from "./serialize";
