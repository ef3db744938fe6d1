"use client";
// 登录 (issue #26): user name and password; a one-time password asks for a new one first (设置新密码); too
// many failures say how long to wait. Signed in, a clerk goes to the start page, a reviewer to 审核台.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import type { SessionUser } from "@/lib/submission-view/types";
import { waitWords } from "@/lib/submission-view/status-words";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { api } from "./api";
import { setSession, useSession } from "./session";

const MIN_PASSWORD = 10;

export function LoginPage() {
  const router = useRouter();
  const session = useSession();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [fresh, setFresh] = useState("");
  const [again, setAgain] = useState("");
  const [mustChange, setMustChange] = useState(false);
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);
  const newRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);
  useEffect(() => {
    if (mustChange) newRef.current?.focus();
  }, [mustChange]);

  const done = (user: SessionUser) => {
    setSession({ serverMode: true, user });
    router.push(user.role === "clerk" ? "/" : "/review");
  };

  const signIn = async (e: FormEvent) => {
    e.preventDefault();
    setError("");
    if (!username.trim() || !password) return setError("请填写账号和密码");
    setBusy(true);
    const out = await api<SessionUser>("/api/session", { method: "POST", body: { username: username.trim(), password } });
    setBusy(false);
    if (out.ok) return done(out.data);
    if (out.status === 403 && out.body.mustChangePassword === true) return setMustChange(true);
    if (out.status === 429) return setError(`${out.error}${out.retryAfter ? `（请在 ${waitWords(out.retryAfter)}后再试）` : ""}`);
    setError(out.error);
  };

  const change = async (e: FormEvent) => {
    e.preventDefault();
    setError("");
    if (fresh.length < MIN_PASSWORD) return setError(`新密码至少 ${MIN_PASSWORD} 个字符`);
    if (fresh === password) return setError("新密码不能与初始密码相同");
    if (fresh !== again) return setError("两次输入的新密码不一致");
    setBusy(true);
    const out = await api<SessionUser>("/api/session/password", { method: "POST", body: { username: username.trim(), password, newPassword: fresh } });
    setBusy(false);
    if (out.ok) return done(out.data);
    setError(out.status === 429 && out.retryAfter ? `${out.error}（请在 ${waitWords(out.retryAfter)}后再试）` : out.error);
  };

  if (session && !session.serverMode) {
    return (
      <main className="mx-auto max-w-md p-8">
        <h1 className="mb-4 text-2xl font-bold">登录</h1>
        <p>本网站没有启用报送功能，不需要登录：报告只保存在您的浏览器中。</p>
      </main>
    );
  }
  return (
    <main className="mx-auto max-w-md p-8">
      <h1 className="mb-2 text-2xl font-bold">{mustChange ? "设置新密码" : "登录报送系统"}</h1>
      <p className="mb-4 text-slate-700">
        {mustChange ? "这是第一次登录（或密码已被重置）：请设置自己的新密码，至少 10 个字符，不要与初始密码相同。" : "使用县政务公开办发放的账号和密码登录。"}
      </p>
      {error && (
        <div ref={errorRef} tabIndex={-1} className="mb-4">
          <Alert tone="error" title={mustChange ? "未能设置新密码" : "未能登录"}>
            <p>{error}</p>
          </Alert>
        </div>
      )}
      {!mustChange ? (
        <form onSubmit={(e) => void signIn(e)} className="flex flex-col gap-4" noValidate>
          <Field id="login-username" label="账号">
            <input id="login-username" name="username" autoComplete="username" className={inputClass} value={username} onChange={(e) => setUsername(e.target.value)} autoFocus />
          </Field>
          <Field id="login-password" label="密码">
            <input id="login-password" name="password" type="password" autoComplete="current-password" className={inputClass} value={password} onChange={(e) => setPassword(e.target.value)} />
          </Field>
          <Button type="submit" variant="primary" disabled={busy} aria-busy={busy}>
            {busy ? "正在登录……" : "登录"}
          </Button>
        </form>
      ) : (
        <form onSubmit={(e) => void change(e)} className="flex flex-col gap-4" noValidate>
          <p>
            账号：<bdi>{username}</bdi>
          </p>
          <Field id="new-password" label="新密码" hint={`至少 ${MIN_PASSWORD} 个字符`}>
            <input id="new-password" ref={newRef} type="password" autoComplete="new-password" className={inputClass} value={fresh} onChange={(e) => setFresh(e.target.value)} />
          </Field>
          <Field id="new-password-again" label="再次输入新密码">
            <input id="new-password-again" type="password" autoComplete="new-password" className={inputClass} value={again} onChange={(e) => setAgain(e.target.value)} />
          </Field>
          <Button type="submit" variant="primary" disabled={busy} aria-busy={busy}>
            {busy ? "正在保存……" : "设置新密码并登录"}
          </Button>
        </form>
      )}
    </main>
  );
}
