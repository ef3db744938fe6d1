// The browser adapter of the drafts storage module (drafts.ts): IndexedDB first, localStorage as the
// fallback and the place earlier versions kept drafts; persistent storage asked for; every tab told of a
// save (BroadcastChannel) so a read-only tab can follow the editing one live. Components use only this.
import type { Report } from "../report/types";
import { createDrafts, type Drafts, type SaveOutcome } from "./drafts";
import { idbBackend } from "./idb-backend";
import { localBackend } from "./local-backend";
import { memoryBackend } from "./memory-backend";
import { databaseOpener } from "../storage/idb";
import { cleanLine } from "../text/hygiene";
import type { DraftSummary, ReadDraft, Validate } from "./serialize";

export type { SaveOutcome } from "./drafts";

/** This tab, as the writer of its saves. */
export const TAB_ID = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

// zod (the exchange-format schema) is loaded when a draft is first read or written, not with the page.
const validator = (): Promise<Validate> => import("../report/parse-report-json").then((m) => m.validateReport);
let store: Promise<Drafts> | null = null;
let inMemory = false;

function usableLocalStorage(): Storage | undefined {
  try {
    const ls = window.localStorage; // throws SecurityError when site data is blocked by policy
    void ls.length;
    return ls;
  } catch {
    return undefined; // (a full disk still returns the store: its quota is said with each save)
  }
}

async function usableIndexedDb(): Promise<boolean> {
  try {
    (await databaseOpener("nianbao", ["drafts"])()).close();
    return true;
  } catch {
    return false;
  }
}

// With every browser storage blocked by policy the wizard still works, in this page's memory (storageIsMemory):
// the clerk is told, persistently, that nothing is saved, and exports the draft in one click.
const drafts = () =>
  (store ??= validator().then(async (validate) => {
    const local = usableLocalStorage();
    if (!local && !(await usableIndexedDb())) {
      inMemory = true;
      return createDrafts({ primary: memoryBackend(), validate, writer: TAB_ID });
    }
    return createDrafts({ primary: idbBackend(), fallback: local && localBackend(local), validate, writer: TAB_ID });
  }));

/** True when no browser storage can be used at all: drafts live in this page's memory only, until it is closed. */
export async function storageIsMemory(): Promise<boolean> {
  await drafts();
  return inMemory;
}

let channel: BroadcastChannel | null = null;
const bus = () => (channel ??= typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel("nianbao.drafts"));

export type SavedEvent = { id: string; revision: number; writer: string };

function announce(outcome: SaveOutcome) {
  if (outcome.ok) bus()?.postMessage({ id: outcome.id, revision: outcome.revision, writer: TAB_ID } satisfies SavedEvent);
}

/** Asks once that the browser not evict this site's storage under pressure (drafts are the clerk's work). */
let persisted = false;
function askPersistence() {
  if (persisted) return;
  persisted = true;
  void navigator.storage?.persist?.().catch(() => undefined);
}

export async function createDraft(report: Report): Promise<SaveOutcome> {
  askPersistence();
  const outcome = await (await drafts()).create(report);
  announce(outcome);
  return outcome;
}

/** Saves a draft this tab last read (or wrote) at `base`; another tab's newer save is merged in. */
export async function saveDraftAt(id: string, report: Report, base: { revision: number; report: Report | null }, name?: string): Promise<SaveOutcome> {
  const outcome = await (await drafts()).save(id, report, base, name);
  announce(outcome);
  return outcome;
}

export async function readDraft(id: string): Promise<ReadDraft | null> {
  return (await drafts()).read(id);
}

export async function loadDraft(id: string): Promise<Report | null> {
  const r = await readDraft(id);
  return r?.ok ? r.draft.report : null;
}

export async function listDrafts(): Promise<DraftSummary[]> {
  return (await drafts()).list();
}

export async function deleteDraft(id: string): Promise<void> {
  await (await drafts()).remove(id);
  bus()?.postMessage({ id, revision: -1, writer: TAB_ID } satisfies SavedEvent);
}

/** Calls back when another tab saved (or deleted, revision −1) this draft. */
export function onDraftSaved(id: string, callback: (e: SavedEvent) => void): () => void {
  const b = bus();
  if (!b) return () => undefined;
  const listener = (m: MessageEvent<SavedEvent>) => m.data?.id === id && m.data.writer !== TAB_ID && callback(m.data);
  b.addEventListener("message", listener);
  return () => b.removeEventListener("message", listener);
}

/** The clerk's own name for a draft in the list; the report itself is unchanged. */
export async function renameDraft(id: string, name: string): Promise<SaveOutcome | null> {
  const read = await readDraft(id);
  if (!read?.ok) return null;
  const { revision = 0, report } = read.draft;
  return saveDraftAt(id, report, { revision, report }, cleanLine(name).slice(0, 100));
}
