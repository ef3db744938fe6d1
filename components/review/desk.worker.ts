// The county desk's Web Worker: reads every file, reviews it with the one rule engine (review-lib), keeps
// the batch in IndexedDB as each file is done, and builds the batch review, the workbook and the roll-up
// .docx — so the page stays responsive with 200 reports. A PDF is read by pdf.js on this worker's own
// thread (read-pdf-lazily.ts), loaded with the first PDF. One bad file never stops the rest. Every file gets
// a row of its own (file-identity.ts: a second 「报告.docx」 never replaces the first); zips are listed first
// and each entry inflated only when its turn comes, under the budget of the selection (expand-zips.ts).
import "@/lib/browser-floor/polyfills"; // first: Chromium 86 (issue #22)
import * as Comlink from "comlink";
import { emptyBatch, memoryBatchStore, mergeEntries, type BatchStore, type StoreOutcome } from "@/lib/review/batch-store";
import { idbBatchStore } from "@/lib/review/batch-store-idb";
import type { BatchReview, ReviewEntry, ReviewFile } from "@/lib/review/types";
import { MAX_INPUT_BYTES } from "@/lib/import/build/import-report";
import { importMessages as m } from "@/lib/import/messages";
import { readPdfLazily as readPdf } from "@/lib/import/readers/pdf/read-pdf-lazily";
import { batchBudget, expandItems, MAX_BATCH_FILES, MAX_BATCH_INFLATED, openItem, type BatchItem } from "@/lib/review/expand-zips";
import { withUniqueIds } from "@/lib/review/file-identity";
import { unreadableEntry, reviewFile } from "@/lib/review/review-file";
import { parseRoster } from "@/lib/review/roster";
import { cleanLine } from "@/lib/text/hygiene";
import { reviewBatch } from "@/lib/review/review-batch";
import type { DeskApi, DeskState, PickedFile } from "./desk-types";

const store: BatchStore = typeof indexedDB === "undefined" ? memoryBatchStore() : idbBatchStore();
let batch = emptyBatch();
let loaded: Promise<void> | null = null;
let storeError: string | null = null;

const ensureLoaded = () =>
  (loaded ??= store.read().then(
    (b) => void (batch = b),
    (e) => void (storeError = `无法读取本浏览器中保存的上次审核（${e instanceof Error ? e.message : String(e)}）。`),
  ));

const note = (outcome: StoreOutcome) => {
  if (!outcome.ok) storeError = outcome.message;
};

let review: BatchReview | null = null;

/** An entry without its report: what a row needs (the page asks for one report when a row is opened). */
const row = ({ report, ...rest }: ReviewEntry): ReviewEntry => (void report, rest);

/** The batch as the page shows it: 200 rows cross to the page without their 200 reports (a smaller copy). */
function state(): DeskState {
  review = reviewBatch(batch.current, { lastYear: batch.lastYear.length ? batch.lastYear : undefined, roster: batch.roster ?? undefined, year: batch.year ?? undefined });
  return { batch: { ...review, entries: review.entries.map(row) }, lastYear: batch.lastYear.map(row), roster: batch.roster, year: batch.year, storeError };
}

/** The one buffer large zip entries are inflated into, one after another (allocated with the first of them). */
let scratch: Uint8Array | undefined;
const scratchFor = (it: BatchItem) => (it.packed && it.size >= 1024 * 1024 ? (scratch ??= new Uint8Array(MAX_INPUT_BYTES + 1)) : undefined);

const readBytes = async (f: PickedFile): Promise<ReviewFile> => ({ name: f.name, bytes: new Uint8Array(await f.file.arrayBuffer()) });

/** A chosen file as an item of the batch: read when its turn comes; one over the importer's limit never is. */
function item(f: PickedFile): BatchItem {
  const size = f.file.size;
  const name = cleanLine(f.name); // a file or folder name passes the one text hygiene where it enters
  const open = async () => new Uint8Array(await f.file.arrayBuffer());
  // A file over the importer's limit is not read into memory at all (a 2 GB video dropped by mistake).
  if (!/\.zip$/i.test(f.name) && size > MAX_INPUT_BYTES) return { name, size, error: m.tooLarge(Math.round(size / 1048576)), open };
  return { name, size, open };
}

const api: DeskApi = {
  async load() {
    await ensureLoaded();
    return state();
  },
  async reload() {
    loaded = null;
    review = null;
    batch = emptyBatch();
    storeError = null;
    await ensureLoaded();
    return state();
  },
  async add(side, files, onProgress, replace = false) {
    await ensureLoaded();
    storeError = null;
    // Zips are listed first so that n / N counts the reports inside them; the rows stored count to the budget.
    const budget = batchBudget(MAX_BATCH_INFLATED, MAX_BATCH_FILES, batch[side].length);
    const todo = withUniqueIds(await expandItems(files.map(item), budget), replace ? new Set<string>() : new Set(batch[side].map((e) => e.id)));
    for (const [i, it] of todo.entries()) {
      onProgress({ done: i, total: todo.length, current: it.name });
      let entry: ReviewEntry;
      try {
        // One file at a time: the scratch buffer is free again once reviewFile is done (nothing keeps the bytes).
        entry = { ...(await reviewFile(await openItem(it, scratchFor(it)), readPdf)), size: it.size };
      } catch (e) {
        entry = { ...unreadableEntry({ name: it.name, id: it.id, bytes: new Uint8Array(0) }, `读取失败：${e instanceof Error ? e.message : String(e)}`), size: it.size };
      }
      batch[side] = replace ? mergeEntries(batch[side], [entry]) : [...batch[side], entry];
      note(await store.put(side, [entry]));
      onProgress({ done: i + 1, total: todo.length, current: it.name, entry: side === "current" ? row(entry) : undefined });
    }
    return state();
  },
  async setRoster(input) {
    await ensureLoaded();
    batch.roster = input === null ? null : await parseRoster(typeof input === "string" ? input : await readBytes(input));
    note(await store.setRoster(batch.roster));
    return state();
  },
  async setYear(year) {
    await ensureLoaded();
    batch.year = year;
    note(await store.setYear(year));
    return state();
  },
  async clear() {
    await ensureLoaded();
    batch = emptyBatch();
    storeError = null;
    note(await store.clear());
    return state();
  },
  async entry(id) {
    await ensureLoaded();
    if (!review) state();
    return review?.entries.find((e) => e.id === id) ?? null;
  },
  async workbook() {
    await ensureLoaded();
    const { buildWorkbook } = await import("@/lib/review/workbook"); // exceljs loads only when asked for
    state();
    const bytes = await buildWorkbook(review!);
    return Comlink.transfer(bytes, [bytes.buffer as ArrayBuffer]);
  },
  async rollUpDocx(countyName) {
    await ensureLoaded();
    const { renderRollUpDocx } = await import("@/lib/review/roll-up-docx");
    const bytes = await renderRollUpDocx(state().batch.rollUp, countyName);
    return Comlink.transfer(bytes, [bytes.buffer as ArrayBuffer]);
  },
};

Comlink.expose(api);
