import { gov2021 } from "@/templates/gov-2021";

export default function HomePage() {
  return (
    <main className="mx-auto max-w-3xl p-8">
      <h1 className="text-2xl font-bold">年报助手</h1>
      <p className="mt-2 text-slate-700">按{gov2021.name}格式编写政府信息公开工作年度报告，自动核对表格勾稽关系。</p>
      <ol className="mt-6 list-none space-y-1">
        {gov2021.sections.map((s) => (
          <li key={s.key}>{s.heading}</li>
        ))}
      </ol>
    </main>
  );
}
