// Who may ask the server to render: a page of this site (same origin), or an origin the deployment lists in
// NIANBAO_ALLOWED_ORIGINS (comma-separated, for intranet portals). Tools without a browser (curl, scripts)
// send no Origin and no Sec-Fetch-Site and are let through; a browser on another site is not.
export function allowedOrigin(request: Request, allowList: readonly string[] = []): boolean {
  const origin = request.headers.get("origin");
  const site = request.headers.get("sec-fetch-site");
  if (!origin) return site === null || site === "same-origin" || site === "none";
  if (allowList.includes(origin)) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** application/json, with or without a charset. */
export function isJsonContentType(request: Request): boolean {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  return type === "application/json";
}

export function allowListFromEnv(value: string | undefined): string[] {
  return (value ?? "").split(",").map((s) => s.trim()).filter(Boolean);
}
