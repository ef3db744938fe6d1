// The .docx of every version, rendered from its stored report by the server's render pool: after the submission
// is stored (a render takes tens of ms of one core; 300 units submitting at once are acknowledged first, see
// docs/decisions/server-database.md), and at the latest when someone asks for it. Stored once; never changed.
import type { Actor } from "../accounts/actor";
import type { Db } from "../db/open-database";
import { docxFileName } from "../docx/pack";
import type { Report } from "../report/types";
import { versionInScope } from "./read";

/** The report's JSON text → the .docx bytes (the route passes the render pool, tests an in-process render). */
export type DocxRenderer = (reportText: string) => Promise<Uint8Array>;

async function renderAndStore(db: Db, versionId: number, reportText: string, render: DocxRenderer): Promise<Uint8Array> {
  const bytes = await render(reportText);
  await db.updateTable("versions").set({ docx: bytes }).where("id", "=", versionId).where("docx", "is", null).execute();
  return bytes;
}

export async function getVersionDocx(db: Db, actor: Actor, id: unknown, version: unknown, render: DocxRenderer): Promise<{ bytes: Uint8Array; fileName: string }> {
  const v = await versionInScope(db, actor, id, version);
  const stored = v.hasDocx ? (await db.selectFrom("versions").select("docx").where("id", "=", v.id).executeTakeFirstOrThrow()).docx : null;
  const bytes = stored ? new Uint8Array(stored) : await renderAndStore(db, v.id, v.report, render);
  return { bytes, fileName: docxFileName(JSON.parse(v.report) as Report, false) };
}

/** Renders the versions still without a .docx, oldest first, `limit` at a time; returns how many it stored. */
export async function renderMissingDocx(db: Db, render: DocxRenderer, { limit = 20 }: { limit?: number } = {}): Promise<number> {
  let done = 0;
  for (;;) {
    const pending = await db.selectFrom("versions").select(["id", "report"]).where("docx", "is", null).orderBy("id").limit(limit).execute();
    if (!pending.length) return done;
    for (const p of pending) {
      await renderAndStore(db, p.id, p.report, render);
      done++;
    }
  }
}

/**
 * One background loop per process: it starts once submissions have been quiet for `quietMs` (a burst of 300 is
 * acknowledged first, the renders' database writes do not compete with it) or `maxDelayMs` after the first
 * waiting one; a kick while it runs makes it look once more when it finishes.
 */
export function createDocxBacklog(db: () => Db | null, render: DocxRenderer, { quietMs = 1000, maxDelayMs = 10_000, onError = console.error as (e: unknown) => void } = {}) {
  let running = false;
  let again = false;
  let done: Promise<void> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstKick = 0;
  const loop = async () => {
    running = true;
    do {
      again = false;
      const d = db();
      if (!d) break;
      try {
        await renderMissingDocx(d, render);
      } catch (e) {
        onError(e);
        break;
      }
    } while (again);
    running = false;
  };
  let started: () => void = () => undefined;
  const start = () => {
    timer = undefined;
    firstKick = 0;
    done = loop().finally(started);
  };
  return {
    kick() {
      if (running) {
        again = true;
        return;
      }
      const now = Date.now();
      firstKick ||= now;
      if (timer) clearTimeout(timer);
      else done = new Promise((r) => (started = r));
      timer = setTimeout(start, Math.max(0, Math.min(quietMs, firstKick + maxDelayMs - now)));
      timer.unref?.();
    },
    /** Resolves when the loop has nothing left (tests; a clean shutdown). */
    idle: () => done,
  };
}
