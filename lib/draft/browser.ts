// The thin browser adapter. saveDraft writes localStorage at once (so it can return the id and the next
// page can open it) and mirrors the draft to IndexedDB (which survives a crashed browser); reading
// takes the newer copy. Names kept stable for other pages (app/check opens a report with saveDraft).
import type { Report } from "../report/types";
import { idbDelete, idbEntries, idbPut } from "./idb";
import { newest } from "./merge";
import { deserializeDraft, serializeDraft, summarize, type Draft, type DraftSummary, type ReadDraft, type Validate } from "./serialize";
import { DRAFT_PREFIX, createDraftStore } from "./store";

// zod (the exchange-format schema) is loaded when a draft is first read, not with the page.
const validator = (): Promise<Validate> => import("../report/parse-report-json").then((m) => m.validateReport);
const noValidation: Validate = () => ({ ok: false, error: "" });
const local = (validate: Validate = noValidation) => createDraftStore(window.localStorage, validate);
let pending: Promise<unknown> = Promise.resolve();

export function saveDraft(report: Report, id?: string): string {
  const saved = local().saveDraft(report, id);
  mirror(saved);
  return saved;
}

function mirror(id: string) {
  const text = window.localStorage.getItem(DRAFT_PREFIX + id)!;
  pending = pending.then(() => idbPut(DRAFT_PREFIX + id, text)).catch(() => undefined);
}

/** Writes a draft as it is (savedAt kept) to both copies. */
function saveCopy(draft: Draft) {
  window.localStorage.setItem(DRAFT_PREFIX + draft.id, serializeDraft(draft));
  mirror(draft.id);
}

/** Removes a draft from both copies (the durable one too, or it would come back). */
export async function deleteDraft(id: string): Promise<void> {
  local().deleteDraft(id);
  await (pending = pending.then(() => idbDelete(DRAFT_PREFIX + id)).catch(() => undefined));
}

/** 重命名 in both copies; the newer copy is the one renamed. False when the draft cannot be read. */
export async function renameDraft(id: string, name: string): Promise<boolean> {
  const validate = await validator();
  const current = newest(local(validate).readDraft(id), (await durableCopies(validate)).get(id));
  if (!current?.ok) return false;
  saveCopy({ ...current.draft, name });
  await pending;
  return true;
}

/** Resolves once every draft saved so far is also in IndexedDB. */
export const draftsFlushed = (): Promise<unknown> => pending;

async function durableCopies(validate: Validate): Promise<Map<string, ReadDraft>> {
  const map = new Map<string, ReadDraft>();
  try {
    for (const [key, text] of await idbEntries()) {
      if (!key.startsWith(DRAFT_PREFIX)) continue;
      const id = key.slice(DRAFT_PREFIX.length);
      map.set(id, deserializeDraft(id, text, validate));
    }
  } catch {
    /* IndexedDB unavailable (some private modes): localStorage alone */
  }
  return map;
}

export async function readDraft(id: string): Promise<ReadDraft | null> {
  const validate = await validator();
  return newest(local(validate).readDraft(id), (await durableCopies(validate)).get(id));
}

export async function loadDraft(id: string): Promise<Report | null> {
  const r = await readDraft(id);
  return r?.ok ? r.draft.report : null;
}

export async function listDrafts(): Promise<DraftSummary[]> {
  const validate = await validator();
  const durable = await durableCopies(validate);
  const store = local(validate);
  const ids = new Set([...durable.keys(), ...store.listDrafts().map((d) => d.id)]);
  return [...ids]
    .map((id) => summarize(id, newest(store.readDraft(id), durable.get(id))!))
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}
