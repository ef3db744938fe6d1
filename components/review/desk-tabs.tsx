"use client";
// 审核结果 · 名单 · 汇总: a tab list (arrow keys move between tabs, WAI-ARIA tabs pattern).
import { useRef, type KeyboardEvent, type ReactNode } from "react";

export type Tab<K extends string> = { key: K; label: string };

type Props<K extends string> = { tabs: Tab<K>[]; current: K; onChange: (key: K) => void; children: ReactNode };

export function DeskTabs<K extends string>({ tabs, current, onChange, children }: Props<K>) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKey = (e: KeyboardEvent, i: number) => {
    const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const j = (i + step + tabs.length) % tabs.length;
    onChange(tabs[j]!.key);
    refs.current[j]?.focus();
  };
  return (
    <div>
      <div role="tablist" aria-label="审核台视图" className="flex gap-1 border-b border-slate-400">
        {tabs.map((t, i) => (
          <button
            key={t.key}
            ref={(el) => void (refs.current[i] = el)}
            id={`tab-${t.key}`}
            role="tab"
            type="button"
            aria-selected={t.key === current}
            aria-controls={`panel-${t.key}`}
            tabIndex={t.key === current ? 0 : -1}
            onClick={() => onChange(t.key)}
            onKeyDown={(e) => onKey(e, i)}
            className={`-mb-px rounded-t border px-4 py-2 focus-visible:outline-2 focus-visible:outline-blue-600 ${
              t.key === current ? "border-slate-400 border-b-slate-50 bg-slate-50 font-bold" : "border-transparent text-blue-800 hover:bg-slate-100"
            }`}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${current}`} aria-labelledby={`tab-${current}`} className="pt-4">
        {children}
      </div>
    </div>
  );
}
