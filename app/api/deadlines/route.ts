// GET /api/deadlines → [{year, date}] of the user's county; PUT {year, date} (a reviewer or the admin) → {year, date}.
import { listDeadlines, setDeadline } from "@/lib/submissions";
import { clientAddress, readJsonBody, signedIn } from "@/lib/server/api/guard";
import { handle, json } from "@/lib/server/api/respond";

export const runtime = "nodejs";

export const GET = handle(async (request) => {
  const { db, actor } = await signedIn(request);
  return json(200, await listDeadlines(db, actor));
});

export const PUT = handle(async (request) => {
  const body = await readJsonBody(request, 16 * 1024);
  const { db, actor } = await signedIn(request);
  const { year, date } = (body.value() ?? {}) as Record<string, unknown>;
  return json(200, await setDeadline(db, actor, { year, date }, clientAddress(request)));
});
