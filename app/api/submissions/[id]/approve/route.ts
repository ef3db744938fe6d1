// POST /api/submissions/:id/approve (a reviewer; JSON content type, body ignored) → status approved.
import { approveSubmission } from "@/lib/submissions";
import { clientAddress, readJsonBody, signedIn } from "@/lib/server/api/guard";
import { handle, json } from "@/lib/server/api/respond";

export const runtime = "nodejs";

export const POST = handle(async (request, { params }: { params: Promise<{ id: string }> }) => {
  await readJsonBody(request, 16 * 1024);
  const { db, actor } = await signedIn(request);
  return json(200, await approveSubmission(db, actor, (await params).id, clientAddress(request)));
});
