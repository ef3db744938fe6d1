// The county desk's Web Worker: reads every file, reviews it with the one rule engine (review-lib), keeps
// the batch in IndexedDB as each file is done, and builds the batch review, the workbook and the roll-up
// .docx — so the page stays responsive with 200 reports. A PDF is read by pdf.js on this worker's own
// thread (read-pdf-lazily.ts), loaded with the first PDF. One bad file never stops the rest.
import "@/lib/browser-floor/polyfills"; // first: Chromium 86 (issue #22)
import * as Comlink from "comlink";
import { emptyBatch, memoryBatchStore, type BatchStore, type StoreOutcome } from "@/lib/review/batch-store";
import { idbBatchStore } from "@/lib/review/batch-store-idb";
import type { BatchReview, ReviewEntry, ReviewFile } from "@/lib/review/types";
import { MAX_INPUT_BYTES } from "@/lib/import/build/import-report";
import { importMessages as m } from "@/lib/import/messages";
import { readPdfLazily as readPdf } from "@/lib/import/readers/pdf/read-pdf-lazily";
import { expandZips, MAX_ZIP_TOTAL, zipMessages } from "@/lib/review/expand-zips";
import { unreadableEntry, reviewFile } from "@/lib/review/review-file";
import { parseRoster } from "@/lib/review/roster";
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

const readBytes = async (f: PickedFile): Promise<ReviewFile> => ({ name: f.name, bytes: new Uint8Array(await f.file.arrayBuffer()) });

/** Zips are opened first so that n / N counts the reports inside them; other files are read one at a time. */
async function expand(files: PickedFile[]): Promise<(PickedFile | ReviewFile)[]> {
  const out: (PickedFile | ReviewFile)[] = [];
  for (const f of files) {
    // An archive larger than all it may hold once inflated is not read (its row says so).
    if (/\.zip$/i.test(f.name) && f.file.size > MAX_ZIP_TOTAL) out.push({ name: f.name, bytes: new Uint8Array(0), error: zipMessages.totalTooLarge });
    else if (/\.zip$/i.test(f.name)) out.push(...expandZips([await readBytes(f)]));
    else out.push(f);
  }
  return out;
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
  async add(side, files, onProgress) {
    await ensureLoaded();
    storeError = null;
    const todo = await expand(files);
    for (const [i, item] of todo.entries()) {
      onProgress({ done: i, total: todo.length, current: item.name });
      let entry: ReviewEntry;
      try {
        // A file over the importer's limit is not read into memory at all (a 2 GB video dropped by mistake).
        const tooLarge = !("bytes" in item) && item.file.size > MAX_INPUT_BYTES;
        const file = "bytes" in item ? item : tooLarge ? { name: item.name, bytes: new Uint8Array(0), error: m.tooLarge(Math.round(item.file.size / 1048576)) } : await readBytes(item);
        entry = await reviewFile(file, readPdf);
        if (tooLarge) entry = { ...entry, size: item.file.size };
      } catch (e) {
        const size = "bytes" in item ? item.bytes.length : item.file.size;
        entry = { ...unreadableEntry({ name: item.name, bytes: new Uint8Array(0) }, `读取失败：${e instanceof Error ? e.message : String(e)}`), size };
      }
      batch[side] = [...batch[side].filter((x) => x.id !== entry.id), entry];
      note(await store.put(side, [entry]));
      onProgress({ done: i + 1, total: todo.length, current: item.name, entry: side === "current" ? row(entry) : undefined });
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
