// GET /healthz: the server is up and answers (issue #25) — for county IT's monitoring and docs/deploy.md's
// install check. Says only that it runs and which version; nothing about the machine.
import pkg from "@/package.json";

export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ ok: true, name: "年报助手", version: pkg.version }, { headers: { "Cache-Control": "no-store" } });
}
