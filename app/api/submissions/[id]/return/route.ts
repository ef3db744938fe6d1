// POST /api/submissions/:id/return {remarks: [{path?, text}]} (a reviewer; at least one remark) → status returned.
import { returnSubmission } from "@/lib/submissions";
import { clientAddress, readJsonBody, signedIn } from "@/lib/server/api/guard";
import { handle, json } from "@/lib/server/api/respond";

export const runtime = "nodejs";

export const POST = handle(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const body = await readJsonBody(request, 256 * 1024);
  const { db, actor } = await signedIn(request);
  const { remarks } = (body.value() ?? {}) as Record<string, unknown>;
  return json(200, await returnSubmission(db, actor, (await params).id, remarks, clientAddress(request)));
});
