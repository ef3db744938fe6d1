// GET /api/submissions/:id/versions/:v/docx → the .docx of that version (rendered now if the background had not yet).
import { DOCX_MIME } from "@/lib/docx/pack";
import { getVersionDocx } from "@/lib/submissions";
import { contentDisposition } from "@/lib/server/content-disposition";
import { poolRenderer } from "@/lib/server/api/docx-renderer";
import { signedIn } from "@/lib/server/api/guard";
import { handle } from "@/lib/server/api/respond";

export const runtime = "nodejs";

export const GET = handle(async (request, { params }: { params: Promise<{ id: string; v: string }> }) => {
  const { db, actor } = await signedIn(request);
  const { id, v } = await params;
  const { bytes, fileName } = await getVersionDocx(db, actor, id, v, poolRenderer);
  return new Response(new Uint8Array(bytes), {
    status: 200,
    headers: { "Content-Type": DOCX_MIME, "Content-Disposition": contentDisposition(fileName), "Cache-Control": "no-store" },
  });
});
