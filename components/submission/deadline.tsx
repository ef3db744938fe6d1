"use client";
// A county's deadline per year (issue #26): the clerk sees it beside 报送; the reviewer sets it on the desk.
import { useEffect, useState } from "react";
import { deadlineLine, todayIso } from "@/lib/submission-view/status-words";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { api } from "@/components/account/api";

type Deadline = { year: number; date: string };

function useDeadline(year: number | null): [string | null, (date: string) => void] {
  const [found, setFound] = useState<{ year: number; date: string | null } | null>(null);
  useEffect(() => {
    if (year === null) return;
    let live = true;
    void api<Deadline[]>("/api/deadlines").then((out) => {
      if (!live || !out.ok || !Array.isArray(out.data)) return;
      setFound({ year, date: out.data.find((d) => d.year === year)?.date ?? null });
    });
    return () => void (live = false);
  }, [year]);
  return [found?.year === year ? found.date : null, (date) => year !== null && setFound({ year, date })];
}

/** 「报送截止日期：…（还有 n 天）」, or nothing when the county set none. */
export function DeadlineNote({ year }: { year: number }) {
  const [date] = useDeadline(year);
  if (!date) return null;
  return <p className="text-sm text-slate-800" data-testid="deadline">{deadlineLine(date, todayIso())}</p>;
}

/** The reviewer's: the deadline of `year`, and a date field to set it. */
export function DeadlineSetter({ year }: { year: number }) {
  const [date, setDate] = useDeadline(year);
  const [draft, setDraft] = useState("");
  const [said, setSaid] = useState("");
  const save = async () => {
    setSaid("");
    const out = await api<Deadline>("/api/deadlines", { method: "PUT", body: { year, date: draft } });
    if (!out.ok) return setSaid(out.error);
    setDate(out.data.date);
    setSaid("截止日期已保存。");
  };
  return (
    <div className="flex flex-wrap items-end gap-2">
      <div>
        <label htmlFor="deadline-date" className="block text-sm font-bold">
          {year}年度报送截止日期
        </label>
        <input id="deadline-date" type="date" className={inputClass} value={draft || date || ""} onChange={(e) => setDraft(e.target.value)} />
      </div>
      <Button disabled={!draft || draft === date} onClick={() => void save()}>
        保存截止日期
      </Button>
      <span role="status" className="text-sm text-slate-700">
        {said || (date ? deadlineLine(date, todayIso()) : "未设截止日期")}
      </span>
    </div>
  );
}
