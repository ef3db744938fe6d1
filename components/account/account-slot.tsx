"use client";
// The one thing every page carries for server mode: a check of GET /api/session (session.ts). Nothing else
// loads unless the server says server mode: signed in, the account bar (its own chunk); signed out, a link to
// 登录. The static site and a server without a county show nothing here at all.
import dynamic from "next/dynamic";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useSession } from "./session";

const AccountBar = dynamic(() => import("./account-bar").then((m) => m.AccountBar), { ssr: false });

export function AccountSlot() {
  const session = useSession();
  const path = usePathname();
  if (!session?.serverMode) return null;
  if (session.user) return <AccountBar user={session.user} />;
  if (path?.startsWith("/login")) return null;
  return (
    <div className="flex justify-end border-b border-slate-300 bg-slate-100 px-4 py-1 text-sm">
      <Link href="/login" className="text-blue-800 underline focus-visible:outline-2 focus-visible:outline-blue-600">
        登录报送系统
      </Link>
    </div>
  );
}
