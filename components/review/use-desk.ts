"use client";
// The page's handle on the county desk's worker: the batch as last reported, the progress of a review,
// and 取消 (ends the worker; the files already reviewed were stored and come back from a fresh one). What
// this tab stores it announces (desk-channel.ts); what another tab stores is read again here — at once, or
// after this tab's own review, whose worker holds the batch it is adding to.
import { useCallback, useEffect, useRef, useState } from "react";
import * as Comlink from "comlink";
import type { BatchSide } from "@/lib/review/batch-store";
import type { ReviewEntry } from "@/lib/review/types";
import type { DeskApi, DeskState, PickedFile, Progress } from "./desk-types";
import { announceDeskChange, onOtherTabChange } from "./desk-channel";

type Handle = { worker: Worker; api: Comlink.Remote<DeskApi> };

function start(): Handle {
  if (typeof Worker === "undefined") throw new Error("本浏览器不支持后台处理（Web Worker）。请使用新版 Chrome、Edge 或 360 浏览器（极速模式）");
  const worker = new Worker(new URL("./desk.worker.ts", import.meta.url), { type: "module" });
  return { worker, api: Comlink.wrap<DeskApi>(worker) };
}

const FLUSH_MS = 120;

export type Running = { side: BatchSide; done: number; total: number; current: string; rows: ReviewEntry[] };

/** The last finished (or cancelled) review: how many of how many, and how long it took. */
export type Finished = { side: BatchSide; done: number; total: number; seconds: number; cancelled: boolean };

export function useDesk() {
  const handle = useRef<Handle | null>(null);
  const [desk, setDesk] = useState<DeskState | null>(null);
  const [running, setRunning] = useState<Running | null>(null);
  const [failed, setFailed] = useState("");
  const [finished, setFinished] = useState<Finished | null>(null);
  const runId = useRef(0);
  const reviewing = useRef(false);
  const otherTabChanged = useRef(false);

  const api = useCallback(() => (handle.current ??= start()).api, []);

  const load = useCallback(
    () =>
      Promise.resolve()
        .then(() => api().load())
        .then(setDesk, (e: unknown) => setFailed(`审核程序未能启动：${e instanceof Error ? e.message : String(e)}`)),
    [api],
  );
  const reload = load;

  useEffect(() => {
    void load();
    return () => {
      handle.current?.worker.terminate();
      handle.current = null;
    };
  }, [load]);

  /** Another tab's change is read now, or once this tab's review is done. */
  const follow = useCallback(() => {
    if (reviewing.current) return void (otherTabChanged.current = true);
    otherTabChanged.current = false;
    void api().reload().then(setDesk, () => undefined);
  }, [api]);
  useEffect(() => onOtherTabChange(follow), [follow]);

  /** Reviews files on one side; the page hears of progress at most every FLUSH_MS, so it keeps up with 200 files. */
  const add = useCallback(
    async (side: BatchSide, files: PickedFile[], replace = false) => {
      if (files.length === 0) return;
      const id = ++runId.current;
      const rows: ReviewEntry[] = [];
      let latest: Progress = { done: 0, total: files.length, current: "" };
      let timer = 0;
      const flush = () => {
        timer = 0;
        announceDeskChange();
        if (runId.current === id) setRunning({ side, done: latest.done, total: latest.total, current: latest.current, rows: [...rows] });
      };
      const t0 = performance.now();
      setFinished(null);
      setRunning({ side, done: 0, total: files.length, current: files[0]!.name, rows: [] });
      const onProgress = (p: Progress) => {
        latest = p;
        if (p.entry) rows.push(p.entry);
        timer ||= window.setTimeout(flush, FLUSH_MS);
      };
      reviewing.current = true;
      try {
        // The selection's own task ends here; the files are handed to the worker in the next one (200 Files cloned).
        await new Promise((resolve) => setTimeout(resolve, 0));
        const next = await api().add(side, files, Comlink.proxy(onProgress), replace);
        if (runId.current === id) {
          setDesk(next);
          setFinished({ side, done: latest.total, total: latest.total, seconds: (performance.now() - t0) / 1000, cancelled: false });
        }
      } catch (e) {
        if (runId.current === id) setFailed(`审核中断：${e instanceof Error ? e.message : String(e)}`);
      } finally {
        clearTimeout(timer);
        announceDeskChange();
        if (runId.current === id) {
          setRunning(null);
          reviewing.current = false;
          if (otherTabChanged.current) follow();
        }
      }
    },
    [api, follow],
  );

  /** 取消: the worker is ended mid-file; what it had stored stays and is shown again. */
  const cancel = useCallback(async () => {
    runId.current++;
    setRunning((r) => (r && setFinished({ side: r.side, done: r.done, total: r.total, seconds: 0, cancelled: true }), null));
    handle.current?.worker.terminate();
    handle.current = null;
    setRunning(null);
    reviewing.current = false;
    otherTabChanged.current = false; // the fresh worker reads the store as it is now
    await reload();
    announceDeskChange(); // the files reviewed before 取消 were stored
  }, [reload]);

  /** Runs a job in the worker; a failure is said by `onError` (beside what failed) or at the top of the page. */
  const call = useCallback(
    async (job: (a: Comlink.Remote<DeskApi>) => Promise<DeskState>, onError?: (message: string) => void) => {
      try {
        setDesk(await job(api()));
        announceDeskChange();
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        if (onError) onError(message);
        else setFailed(`操作未完成：${message}`);
      }
    },
    [api],
  );

  return { desk, running, finished, failed, add, cancel, call, api };
}
