// GET /api/audit[?before=<id>&limit=n] (the admin) → the county's audit log, newest first. Read-only: no route
// changes it, and the database refuses UPDATE/DELETE on it.
import { readAudit } from "@/lib/submissions";
import { signedIn } from "@/lib/server/api/guard";
import { handle, json } from "@/lib/server/api/respond";

export const runtime = "nodejs";

export const GET = handle(async (request) => {
  const { db, actor } = await signedIn(request);
  const q = new URL(request.url).searchParams;
  const num = (k: string) => (q.get(k) && Number.isSafeInteger(Number(q.get(k))) ? Number(q.get(k)) : undefined);
  return json(200, await readAudit(db, actor, { limit: num("limit"), before: num("before") }));
});
