// GET /api/session: {serverMode:false} | {serverMode:true, user:null|user}. POST {username,password}: sign in
// (a new session every time; 401 wrong, 429 throttled, 403 {mustChangePassword:true} for a one-time password).
// DELETE: sign out; DELETE ?all=1: sign out everywhere.
import { authenticate, createSession, endAllSessions, endSession, publicUser, readSession } from "@/lib/accounts";
import { ServiceError } from "@/lib/db/service-error";
import { clientAddress, readJsonBody, sameOrigin, serverOn, sessionCookie, sessionToken, signedIn } from "@/lib/server/api/guard";
import { handle, json } from "@/lib/server/api/respond";
import { serverModeDb } from "@/lib/server/api/server-db";

export const runtime = "nodejs";

export const GET = handle(async (request) => {
  const db = await serverModeDb();
  if (!db) return json(200, { serverMode: false });
  const actor = await readSession(db, sessionToken(request));
  return json(200, { serverMode: true, user: actor ? publicUser(actor) : null });
});

export const POST = handle(async (request) => {
  const body = await readJsonBody(request, 16 * 1024);
  const db = await serverOn();
  const { username, password } = (body.value() ?? {}) as Record<string, unknown>;
  const address = clientAddress(request);
  const actor = await authenticate(db, { username: String(username ?? ""), password: typeof password === "string" ? password : "", address });
  if (actor.mustChangePassword) throw new ServiceError(403, "这是一次性密码，请先设置新密码。", { mustChangePassword: true });
  const { token, maxAge } = await createSession(db, actor, address);
  return json(200, publicUser(actor), { "Set-Cookie": sessionCookie(request, token, maxAge) });
});

export const DELETE = handle(async (request) => {
  sameOrigin(request);
  const all = new URL(request.url).searchParams.get("all") === "1";
  const address = clientAddress(request);
  if (all) {
    const { db, actor } = await signedIn(request);
    await endAllSessions(db, actor, address);
  } else {
    const db = await serverOn();
    const token = sessionToken(request);
    if (token) await endSession(db, token, address);
  }
  return json(200, { serverMode: true, user: null }, { "Set-Cookie": sessionCookie(request, "", 0) });
});
