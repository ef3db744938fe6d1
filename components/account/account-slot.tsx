"use client";
// The one thing every page carries for server mode: a check of GET /api/session (session.ts). Nothing else
// loads unless the server says server mode: signed in, the account bar (its own chunk); signed out, a link to
// 登录. The static site and a server without a county show nothing here at all. (React.lazy and a plain <a>,
// not next/dynamic, next/link or usePathname: this sits in the root layout, so every byte counts on every page.)
import { lazy, Suspense } from "react";
import { appHref } from "@/lib/site/base-path";
import { useSession } from "./session";

const AccountBar = lazy(() => import("./account-bar").then((m) => ({ default: m.AccountBar })));

export function AccountSlot() {
  const session = useSession();
  if (!session?.serverMode) return null;
  if (session.user)
    return (
      <Suspense fallback={null}>
        <AccountBar user={session.user} />
      </Suspense>
    );
  // Rendered only after the session check (never on the server), so reading the address here is safe.
  if (/\/login\/?$/.test(window.location.pathname)) return null;
  return (
    <div className="flex justify-end border-b border-slate-300 bg-slate-100 px-4 py-1 text-sm">
      <a href={appHref("/login")} className="text-blue-800 underline focus-visible:outline-2 focus-visible:outline-blue-600">
        登录报送系统
      </a>
    </div>
  );
}
