import Link from "next/link";

const link = "text-sm text-blue-800 underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600";

/** The top bar of pages outside the wizard: the way home and the two checking pages (aligned with a max-w-4xl p-8 page, or the wide 审核台). */
export function SiteHeader({ wide = false }: { wide?: boolean }) {
  return (
    <header className="border-b border-slate-300 bg-white py-2">
      <nav aria-label="网站导航" className={`mx-auto flex items-center gap-4 ${wide ? "max-w-7xl px-6" : "max-w-4xl px-8"}`}>
        <Link href="/" className="font-bold text-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600">
          年报助手
        </Link>
        <Link href="/" className={link}>
          ‹ 返回首页
        </Link>
        <Link href="/check" className={link}>
          检查已有报告
        </Link>
        <Link href="/review" className={link}>
          审核台
        </Link>
      </nav>
    </header>
  );
}
