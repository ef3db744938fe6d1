"use client";
// A link that stays in the page (the router, so a draft kept only in memory survives it) without next/link,
// which would add its prefetching to the start page's first load (≤ 150 kB). Ctrl/⌘/Shift-click and the middle
// button still open a new tab or window as with any link.
import type { MouseEvent, ReactNode } from "react";
import { useRouter } from "next/navigation";
import { appHref } from "@/lib/site/base-path";

export function InAppLink({ href, className, children }: { href: string; className?: string; children: ReactNode }) {
  const router = useRouter();
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    router.push(href);
  };
  return (
    // The address a new tab opens takes the site's prefix (issue #25); router.push adds it itself.
    <a href={appHref(href)} className={className} onClick={onClick}>
      {children}
    </a>
  );
}
