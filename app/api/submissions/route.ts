// GET /api/submissions[?year=2024][&include=report]: a clerk's unit's, a reviewer's county's (with each current
// version's report data when asked: the desk opens a batch in one request). POST (body: a report data file, as
// POST /api/report/docx takes, at most 1 MB): the rule engine again, 422 {error, issues} on errors, else an
// immutable version → 201 {id, version, status, notice?}; its .docx is rendered right after, in the background.
import { submitReport, listSubmissions } from "@/lib/submissions";
import { ServiceError } from "@/lib/db/service-error";
import { kickDocxBacklog } from "@/lib/server/api/docx-renderer";
import { checkOffThread } from "@/lib/server/check-pool";
import { clientAddress, readJsonBody, signedIn } from "@/lib/server/api/guard";
import { handle, json } from "@/lib/server/api/respond";
import { offerFastRoute } from "@/lib/server/api/fast-routes";

export const runtime = "nodejs";

const MAX_BODY = 1024 * 1024;

export const GET = handle(async (request) => {
  const { db, actor } = await signedIn(request);
  const y = new URL(request.url).searchParams.get("year");
  const year = y === null ? undefined : Number(y);
  if (year !== undefined && (!Number.isInteger(year) || year < 2000 || year > 2100)) throw new ServiceError(400, "年度应为 2000 到 2100 之间的整数。");
  const includeReport = new URL(request.url).searchParams.get("include") === "report";
  return json(200, await listSubmissions(db, actor, { year, includeReport }));
});

export const POST = handle(async (request) => {
  const body = await readJsonBody(request, MAX_BODY);
  const { db, actor } = await signedIn(request);
  const { id, version, status, notice } = await submitReport(db, actor, body.text, { address: clientAddress(request) }, checkOffThread);
  kickDocxBacklog(db);
  return json(201, { id, version, status, ...(notice ? { notice } : {}) });
});

// The burst route: the production server may call it without Next's router (lib/server/api/fast-routes.ts).
offerFastRoute("POST", "/api/submissions", POST, MAX_BODY);
