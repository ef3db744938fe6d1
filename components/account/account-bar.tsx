"use client";
// The signed-in user on every page (issue #26): unit (or county), role, 退出 and 在所有设备上退出. Loaded
// only after GET /api/session said someone is signed in (account-slot.tsx).
import { useState } from "react";
import { ROLE_WORDS } from "@/lib/submission-view/status-words";
import type { SessionUser } from "@/lib/submission-view/types";
import { appHref } from "@/lib/site/base-path";
import { api } from "./api";
import { setSession } from "./session";

const btn = "text-blue-800 underline hover:no-underline focus-visible:outline-2 focus-visible:outline-blue-600 disabled:text-slate-500";

export function AccountBar({ user }: { user: SessionUser }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  const signOut = async (all: boolean) => {
    setBusy(true);
    setError("");
    const out = await api(all ? "/api/session?all=1" : "/api/session", { method: "DELETE" });
    setBusy(false);
    if (!out.ok && out.status !== 401) return setError(out.error);
    setSession({ serverMode: true, user: null });
    window.location.assign(appHref("/login"));
  };
  return (
    <div className="flex flex-wrap items-center justify-end gap-x-4 gap-y-1 border-b border-slate-300 bg-slate-100 px-4 py-1 text-sm" data-testid="account-bar">
      <span>
        <bdi>{user.unit?.name ?? user.county.name}</bdi>
        <span className="text-slate-600">
          {" "}
          · {ROLE_WORDS[user.role]} · <bdi>{user.username}</bdi>
        </span>
      </span>
      <button type="button" className={btn} disabled={busy} onClick={() => void signOut(false)}>
        退出
      </button>
      <button type="button" className={btn} disabled={busy} onClick={() => void signOut(true)}>
        在所有设备上退出
      </button>
      {error && (
        <span role="alert" className="text-red-800">
          {error}
        </span>
      )}
    </div>
  );
}
