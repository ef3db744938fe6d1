// GET /api/submissions/:id → {id, unit, year, status, versions, remarks, report} (404 outside the user's scope).
import { getSubmission } from "@/lib/submissions";
import { signedIn } from "@/lib/server/api/guard";
import { handle, json } from "@/lib/server/api/respond";

export const runtime = "nodejs";

export const GET = handle(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const { db, actor } = await signedIn(request);
  return json(200, await getSubmission(db, actor, (await params).id));
});
