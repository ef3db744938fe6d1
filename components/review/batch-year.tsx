"use client";
// 审核年度: the year the batch is reviewed for. 自动 takes the year most reports give (lib/review's
// batchYear); a reviewer can fix it, e.g. when most units sent last year's report by mistake.
type Props = { year: number | null; override: number | null; disabled: boolean; onChange: (year: number | null) => void };

export function BatchYear({ year, override, disabled, onChange }: Props) {
  const now = new Date().getFullYear();
  const years = Array.from({ length: now - 2019 }, (_, i) => now - i);
  return (
    <label className="flex items-center gap-2 text-slate-800">
      审核年度
      <select
        className="rounded border border-slate-400 bg-white px-2 py-1"
        value={override ?? ""}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}
      >
        <option value="">{`自动${override === null && year ? `（${year} 年度，报告最多的年度）` : "（报告最多的年度）"}`}</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y} 年度
          </option>
        ))}
      </select>
    </label>
  );
}
