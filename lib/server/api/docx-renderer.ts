// The server's .docx of a stored version: the render pool (worker threads, lib/server/render-pool.ts), waiting
// politely while the pool is full; and the one background loop that renders what was stored without one.
import { createDocxBacklog, type DocxRenderer } from "../../submissions/docx";
import { renderPool } from "../render-pool";
import type { Db } from "../../db/open-database";

export const poolRenderer: DocxRenderer = async (text) => {
  for (let attempt = 0; ; attempt++) {
    const done = await renderPool().run({ text, draft: false, fonts: "gb2312" });
    if (done.ok) {
      const a = done.value;
      if (a.status === 200) return a.bytes;
      throw new Error(`render refused: ${a.error}`);
    }
    if (done.reason !== "busy" || attempt > 60) throw new Error(`render ${done.reason}: ${done.detail ?? ""}`);
    await new Promise((r) => setTimeout(r, 500));
  }
};

const KEY = Symbol.for("nianbao.docx-backlog");
type Backlog = ReturnType<typeof createDocxBacklog>;
type State = { db: Db | null; backlog?: Backlog };
const state = ((globalThis as Record<symbol, State>)[KEY] ??= { db: null });

/** After a submission: render its .docx (and any other still missing) in the background. */
export function kickDocxBacklog(db: Db): void {
  state.db = db;
  state.backlog ??= createDocxBacklog(() => state.db, poolRenderer);
  state.backlog.kick();
}

/** Resolves once the background renders have finished (tests; a clean shutdown). */
export const docxBacklogIdle = () => state.backlog?.idle() ?? Promise.resolve();
