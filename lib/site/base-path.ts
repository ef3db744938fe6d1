// Where the app lives on its web server (issue #25): at the root, or under a prefix of the portal chosen at build
// time (`NIANBAO_BASE_PATH=/nianbao npm run build`). next.config.ts passes the normalised prefix and the static
// site's trailing-slash mode to the browser code as NEXT_PUBLIC_* values (inlined by the bundler).

/** "/nianbao", "nianbao/", " /a/b// " → "/nianbao", "/a/b"; "" or "/" → "" (the root). Refuses what a URL path cannot hold. */
export function normalizeBasePath(raw: string | undefined): string {
  const parts = (raw ?? "").trim().split("/").filter(Boolean);
  for (const p of parts) {
    if (p === "." || p === ".." || !/^[A-Za-z0-9._~-]+$/.test(p)) {
      throw new Error(`NIANBAO_BASE_PATH「${raw}」无效：只能由字母、数字和 . _ ~ - 组成的路径段，如 /nianbao`);
    }
  }
  return parts.length ? `/${parts.join("/")}` : "";
}

/** `path` ("/report?id=1", "/icon.svg") as the address the browser must ask for: the prefix in front and, in the
 *  static site (trailingSlash), a page's folder slash before its query — what a plain <a href>, a worker's or an
 *  icon's URL needs (Next's <Link> and router.push add both themselves). */
export function hrefFor(path: string, base: string, trailingSlash: boolean): string {
  const cut = path.search(/[?#]/);
  let pathname = cut < 0 ? path : path.slice(0, cut);
  const rest = cut < 0 ? "" : path.slice(cut);
  const isFile = /\.[A-Za-z0-9]+$/.test(pathname);
  if (trailingSlash && !isFile && !pathname.endsWith("/")) pathname += "/";
  if (pathname === "/" && base) pathname = trailingSlash ? "/" : "";
  return `${base}${pathname}${rest}` || "/";
}

/** hrefFor with this build's prefix and mode. */
export const appHref = (path: string): string =>
  hrefFor(path, process.env.NEXT_PUBLIC_NIANBAO_BASE_PATH ?? "", process.env.NEXT_PUBLIC_NIANBAO_STATIC === "1");

/** True in the static site (no server: nothing may be said of one, no /api to call). */
export const isStaticSite = (): boolean => process.env.NEXT_PUBLIC_NIANBAO_STATIC === "1";
