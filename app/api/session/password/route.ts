// POST /api/session/password {username, password, newPassword}: the first-login (or any) password change; every
// other session of the account ends and this request signs in with a new one.
import { changePassword, createSession, publicUser } from "@/lib/accounts";
import { clientAddress, readJsonBody, serverOn, sessionCookie } from "@/lib/server/api/guard";
import { handle, json } from "@/lib/server/api/respond";

export const runtime = "nodejs";

export const POST = handle(async (request) => {
  const body = await readJsonBody(request, 16 * 1024);
  const db = await serverOn();
  const { username, password, newPassword } = (body.value() ?? {}) as Record<string, unknown>;
  const address = clientAddress(request);
  const str = (v: unknown) => (typeof v === "string" ? v : "");
  const actor = await changePassword(db, { username: str(username), password: str(password), newPassword: str(newPassword), address });
  const { token, maxAge } = await createSession(db, actor, address);
  return json(200, publicUser(actor), { "Set-Cookie": sessionCookie(request, token, maxAge) });
});
