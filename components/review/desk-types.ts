// What the county desk's worker (desk.worker.ts) and the page say to each other.
import type { BatchSide } from "@/lib/review/batch-store";
import type { BatchReview, ReviewEntry } from "@/lib/review/types";

/** A chosen or dropped file and its path within the selection (「乡镇/官庄镇.docx」). */
export type PickedFile = { name: string; file: Blob };

export type Progress = { done: number; total: number; current: string; entry?: ReviewEntry };

/** The batch for the page: its entries come without their reports (DeskApi.entry gives one). */
export type DeskState = {
  batch: BatchReview;
  lastYear: ReviewEntry[];
  roster: string[] | null;
  /** The year the reviewer set (null: the batch's own). */
  year: number | null;
  /** The last storage failure, in Chinese (null when every write committed). */
  storeError: string | null;
};

export type DeskApi = {
  load(): Promise<DeskState>;
  /** Reads the stored batch again (another tab changed it). */
  reload(): Promise<DeskState>;
  /** `replace`: a file whose path is in the batch already takes its row (the server's submissions, loaded again). */
  add(side: BatchSide, files: PickedFile[], onProgress: (p: Progress) => void, replace?: boolean): Promise<DeskState>;
  /** One entry with its report (for the detail panel), as the last batch review left it. */
  entry(id: string): Promise<ReviewEntry | null>;
  setRoster(input: string | PickedFile | null): Promise<DeskState>;
  setYear(year: number | null): Promise<DeskState>;
  clear(): Promise<DeskState>;
  workbook(): Promise<Uint8Array>;
  rollUpDocx(countyName: string): Promise<Uint8Array>;
};
