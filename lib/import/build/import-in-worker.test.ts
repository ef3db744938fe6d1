// The page's side of an import worker, with a stand-in Worker (Node has no Web Workers): the answer comes
// back, a crash and a timeout become Chinese messages, a cancel ends the worker; each ends its worker.
import { expose } from "comlink";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runInImportWorker } from "./import-in-worker";

type Behaviour = "answer" | "crash" | "silent";
let behaviour: Behaviour = "answer";
const terminated: FakeWorker[] = [];

/** Both ends of a MessageChannel: the page holds port1 (as the Worker), the "worker" exposes on port2. */
class FakeWorker extends EventTarget {
  private channel = new MessageChannel();
  constructor() {
    super();
    this.channel.port1.onmessage = (e) => this.dispatchEvent(new MessageEvent("message", { data: e.data }));
    this.channel.port1.start();
    if (behaviour === "answer") expose({ checkPaste: (_html: string | null, text: string) => ({ result: { ok: false, error: text }, issues: [] }) }, this.channel.port2);
    if (behaviour === "crash") setTimeout(() => this.dispatchEvent(Object.assign(new Event("error", { cancelable: true }), { message: "boom" })), 10);
  }
  postMessage(data: unknown, transfer: Transferable[] = []) {
    this.channel.port1.postMessage(data, transfer);
  }
  terminate() {
    terminated.push(this);
    this.channel.port1.close();
    this.channel.port2.close();
  }
}

vi.stubGlobal("Worker", FakeWorker);
afterEach(() => {
  terminated.length = 0;
  behaviour = "answer";
});

describe("runInImportWorker", () => {
  it("returns the worker's answer and ends the worker", async () => {
    const run = runInImportWorker((jobs) => jobs.checkPaste(null, "读到了"));
    expect(await run.done).toEqual({ ok: true, value: { result: { ok: false, error: "读到了" }, issues: [] } });
    expect(terminated).toHaveLength(1);
  });

  it("a crashed worker is a Chinese message, not a hang", async () => {
    behaviour = "crash";
    const run = runInImportWorker((jobs) => jobs.checkPaste(null, "x"));
    expect(await run.done).toEqual({ ok: false, error: expect.stringMatching(/^读取程序意外停止/) });
    expect(terminated).toHaveLength(1);
  });

  it("a worker that never answers is given up after the timeout, in Chinese", async () => {
    behaviour = "silent";
    const run = runInImportWorker((jobs) => jobs.checkPaste(null, "x"), 50);
    expect(await run.done).toEqual({ ok: false, error: "读取超过 0 秒仍未完成，已停止（文件可能过大或已损坏），请另存为 .docx 或较小的文件后再试" });
    expect(terminated).toHaveLength(1);
  });

  it("cancel ends the worker at once; a late answer changes nothing", async () => {
    behaviour = "silent";
    const run = runInImportWorker((jobs) => jobs.checkPaste(null, "x"));
    run.cancel();
    run.cancel();
    expect(await run.done).toEqual({ ok: false, cancelled: true });
    expect(terminated).toHaveLength(1);
  });
});
