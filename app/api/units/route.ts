// GET /api/units (a reviewer or the admin) → [{id, name, disabled}] of the county.
import { listUnits } from "@/lib/accounts";
import { signedIn } from "@/lib/server/api/guard";
import { handle, json } from "@/lib/server/api/respond";

export const runtime = "nodejs";

export const GET = handle(async (request) => {
  const { db, actor } = await signedIn(request);
  return json(200, await listUnits(db, actor));
});
