// POST /api/report/docx[?draft=1][&fonts=windows]: a report (the exchange format, JSON) → the .docx.
// 413 over 1 MB, 422 {error, issues} for unreadable input or remaining errors (unless draft), 200 with the file.
import { isFontProfileName } from "@/lib/docx/font-profiles";
import { DocxRefused, DOCX_MIME, docxFileName, renderDocxBuffer } from "@/lib/docx/pack";
import { parseReportJson } from "@/lib/report/parse-report-json";

export const runtime = "nodejs";

const MAX_BYTES = 1024 * 1024;

const json = (status: number, body: unknown) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

/** RFC 6266 / 5987: an ASCII fallback plus the UTF-8 name. */
function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, "").replace(/["\\]/g, "") || "report.docx";
  const fallback = /\.docx$/.test(ascii) && ascii !== ".docx" ? ascii : "nianbao-report.docx";
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

async function readBody(request: Request): Promise<string | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BYTES) return null;
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > MAX_BYTES) return null;
  return new TextDecoder().decode(bytes);
}

export async function POST(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const draft = ["1", "true"].includes(url.searchParams.get("draft") ?? "");
  const fontsParam = url.searchParams.get("fonts") ?? "gb2312";
  if (!isFontProfileName(fontsParam)) return json(422, { error: `不支持的字体方案：${fontsParam}（可选 gb2312、windows）`, issues: [] });

  const text = await readBody(request);
  if (text === null) return json(413, { error: "报告数据过大（最大 1 MB）。", issues: [] });
  const parsed = parseReportJson(text);
  if (!parsed.ok) return json(422, { error: parsed.error, issues: [] });

  try {
    const bytes = await renderDocxBuffer(parsed.report, { draft, fonts: fontsParam });
    return new Response(new Uint8Array(bytes), {
      status: 200,
      headers: {
        "Content-Type": DOCX_MIME,
        "Content-Disposition": contentDisposition(docxFileName(parsed.report, draft)),
        "Cache-Control": "no-store",
      },
    });
  } catch (e) {
    if (e instanceof DocxRefused) {
      const issues = e.issues.map(({ rule, severity, cells, message }) => ({ rule, severity, cells, message }));
      return json(422, { error: e.message, issues });
    }
    throw e;
  }
}
