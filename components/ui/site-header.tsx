import Link from "next/link";

/** The top bar of pages outside the wizard: the way home (aligned with a max-w-4xl p-8 page). */
export function SiteHeader() {
  return (
    <header className="border-b border-slate-300 bg-white py-2">
      <nav aria-label="网站导航" className="mx-auto flex max-w-4xl items-center gap-4 px-8">
        <Link href="/" className="font-bold text-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600">
          年报助手
        </Link>
        <Link href="/" className="text-sm text-blue-800 underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600">
          ‹ 返回首页
        </Link>
      </nav>
    </header>
  );
}
