// A request body read as it arrives, counting bytes: over the limit it stops reading at once, whether or
// not the client declared a Content-Length (a chunked upload of 2 GB must not be buffered first).
export type Body = { ok: true; bytes: Uint8Array } | { ok: false; reason: "too-large" };

export async function readBodyLimited(request: Request, maxBytes: number): Promise<Body> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return { ok: false, reason: "too-large" };
  if (!request.body) return { ok: true, bytes: new Uint8Array(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, reason: "too-large" };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return { ok: true, bytes };
}
