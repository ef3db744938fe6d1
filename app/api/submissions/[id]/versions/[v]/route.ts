// GET /api/submissions/:id/versions/:v → that version's report data, as stored.
import { getVersionReport } from "@/lib/submissions";
import { signedIn } from "@/lib/server/api/guard";
import { handle, json } from "@/lib/server/api/respond";

export const runtime = "nodejs";

export const GET = handle(async (request, { params }: { params: Promise<{ id: string; v: string }> }) => {
  const { db, actor } = await signedIn(request);
  const { id, v } = await params;
  return json(200, await getVersionReport(db, actor, id, v));
});
