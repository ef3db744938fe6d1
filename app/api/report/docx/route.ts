// POST /api/report/docx[?draft=1][&fonts=windows]: a report (the exchange format, JSON) → the .docx.
// 415 not JSON, 403 another site's page, 413 over 1 MB (counted as it arrives), 503 + Retry-After when the
// render pool is full, 422 {error, issues} for unreadable input or remaining errors (unless draft), 500 when
// a render failed, 200. Renders run in worker threads (render-pool.ts): this event loop only accepts, reads
// the body as it arrives and refuses, so a burst is refused fast instead of waiting unread behind renders.
import { isFontProfileName, type FontProfileName } from "@/lib/docx/font-profiles";
import { DOCX_MIME } from "@/lib/docx/pack";
import { decodeText } from "@/lib/import/readers/decode-text";
import { contentDisposition } from "@/lib/server/content-disposition";
import { readBodyLimited } from "@/lib/server/read-body";
import type { RenderAnswer } from "@/lib/server/render-job";
import { renderPool } from "@/lib/server/render-pool";
import { allowListFromEnv, allowedOrigin, isJsonContentType } from "@/lib/server/same-origin";

export const runtime = "nodejs";

const MAX_BYTES = 1024 * 1024;
const NO_STORE = { "Cache-Control": "no-store" };

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { ...NO_STORE, ...headers } });
const refuse = (status: number, error: string, headers?: Record<string, string>) => json(status, { error, issues: [] }, headers);

function answer(a: RenderAnswer): Response {
  if (a.status === 422) return json(422, { error: a.error, issues: a.issues });
  return new Response(a.bytes, {
    status: 200,
    headers: { "Content-Type": DOCX_MIME, "Content-Disposition": contentDisposition(a.fileName), ...NO_STORE },
  });
}

export async function POST(request: Request): Promise<Response> {
  if (!allowedOrigin(request, allowListFromEnv(process.env.NIANBAO_ALLOWED_ORIGINS))) return refuse(403, "只接受本网站页面发来的请求。");
  if (!isJsonContentType(request)) return refuse(415, "请求体应为年报数据文件（Content-Type: application/json）。");
  const url = new URL(request.url);
  const draft = ["1", "true"].includes(url.searchParams.get("draft") ?? "");
  const fonts = url.searchParams.get("fonts") ?? "gb2312";
  if (!isFontProfileName(fonts)) return refuse(422, "不支持的字体方案（可选 gb2312、windows）。");

  const busy = () => refuse(503, "服务器正忙，请几秒后再试。", { "Retry-After": "2" });
  if (renderPool().full()) return busy(); // before reading the body: a refusal costs next to nothing
  const body = await readBodyLimited(request, MAX_BYTES);
  if (!body.ok) return refuse(413, "报告数据过大（最大 1 MB）。");
  // The same decoding as every other door (UTF-8, UTF-16 with BOM, GB18030).
  const text = decodeText(body.bytes);
  const done = await renderPool().run({ text, draft, fonts });
  if (done.ok) return answer(done.value);
  if (done.reason === "busy") return busy();
  console.error(`render ${done.reason}: ${done.detail ?? ""}`); // the server's log only, never the response
  return refuse(500, "生成 Word 文档时出错，请稍后再试；如果一再出现，请把数据文件发给管理员。");
}
