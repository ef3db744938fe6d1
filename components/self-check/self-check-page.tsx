"use client";
// 安装自检 (issue #25): county IT opens it in the clerks' browser after installing; each check runs for real and
// says in Chinese what works. Nothing leaves the browser.
import { useEffect, useState } from "react";
import { SELF_CHECKS, type CheckAnswer } from "./checks";

export function SelfCheckPage() {
  const [answers, setAnswers] = useState<(CheckAnswer | null)[]>(() => SELF_CHECKS.map(() => null));
  useEffect(() => {
    let live = true;
    (async () => {
      for (const [i, check] of SELF_CHECKS.entries()) {
        const answer = await check.run().catch((e: unknown): CheckAnswer => ({ ok: false, says: `出错：${e instanceof Error ? e.message : String(e)}` }));
        if (!live) return;
        setAnswers((a) => a.map((x, j) => (j === i ? answer : x)));
      }
    })();
    return () => {
      live = false;
    };
  }, []);
  const done = answers.every((a) => a !== null);
  const failed = answers.filter((a) => a && !a.ok).length;
  return (
    <main className="mx-auto max-w-4xl space-y-4 p-8">
      <h1 className="text-2xl font-bold">安装自检</h1>
      <p className="text-slate-700">在填报人员使用的浏览器中打开本页，逐项试用年报助手需要的功能。所有检查都在本浏览器内进行，不上传任何内容。</p>
      <ul className="space-y-2">
        {SELF_CHECKS.map((check, i) => {
          const a = answers[i];
          return (
            <li key={check.name} data-check={check.name} data-ok={a ? String(a.ok) : undefined} className="rounded border border-slate-300 bg-white p-3">
              <span className={`font-bold ${a ? (a.ok ? "text-green-800" : "text-red-700") : "text-slate-600"}`}>
                {a ? (a.ok ? "✓ 正常" : "✗ 不可用") : "正在检查……"}
              </span>{" "}
              {check.name}
              {a && <p className="mt-1 text-slate-700">{a.says}</p>}
            </li>
          );
        })}
      </ul>
      <p role="status" data-testid="self-check-summary" className="font-bold">
        {!done ? "正在检查……" : failed === 0 ? "全部正常：本浏览器可以使用年报助手的全部功能。" : `有 ${failed} 项不可用，请按上面的说明处理。`}
      </p>
    </main>
  );
}
