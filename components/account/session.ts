"use client";
// Whether this server runs in server mode (issue #26), and who is signed in: GET /api/session, asked once per
// page, lazily, failing quietly. The static site has no server to ask (nothing is fetched); an offline server,
// an old one without the route, or any error means the offline tool as it always was: { serverMode: false }.
import { useSyncExternalStore } from "react";
import { appHref, isStaticSite } from "@/lib/site/base-path";
import type { Session } from "@/lib/submission-view/types";

const OFF: Session = { serverMode: false };
let current: Session | null = null;
let asked = false;
const listeners = new Set<() => void>();

function set(s: Session): void {
  current = s;
  listeners.forEach((l) => l());
}

function isSession(v: unknown): v is Session {
  if (!v || typeof v !== "object") return false;
  const s = v as { serverMode?: unknown; user?: unknown };
  if (s.serverMode === false) return true;
  return s.serverMode === true && (s.user === null || (typeof s.user === "object" && typeof (s.user as { username?: unknown }).username === "string"));
}

/** Asks the server (once; again with `refresh`). */
export async function loadSession(refresh = false): Promise<Session> {
  if (asked && !refresh && current) return current;
  asked = true;
  if (isStaticSite() || typeof fetch === "undefined") return (set(OFF), OFF);
  try {
    const res = await fetch(appHref("/api/session"), { credentials: "same-origin", cache: "no-store", headers: { accept: "application/json" } });
    const body: unknown = res.ok && /json/.test(res.headers.get("content-type") ?? "") ? await res.json() : null;
    set(isSession(body) ? body : OFF);
  } catch {
    set(OFF);
  }
  return current!;
}

/** After signing in or out: the page shows the new state without asking again. */
export const setSession = set;

function subscribe(l: () => void): () => void {
  listeners.add(l);
  if (!asked) void loadSession();
  return () => void listeners.delete(l);
}

/** null until the server answered; then the session (serverMode false for the offline tool). */
export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, () => current, () => null);
}

/** The signed-in user, when in server mode. */
export function useUser() {
  const s = useSession();
  return s?.serverMode ? s.user : null;
}
