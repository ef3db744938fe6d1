import type { NextConfig } from "next";
import { securityHeaders } from "./lib/server/security-headers";
import { normalizeBasePath } from "./lib/site/base-path";

// 内网可用：不加载任何外部字体、CDN 或遥测。Two builds from one source (issue #25):
// - the server (`next build`): Next's standalone output, every response with the security headers;
// - the static site (NIANBAO_STATIC=1, scripts/build-web.mjs): plain files in dist/web for any web server — no
//   route handlers (only page.tsx files are routes), a folder per page (trailingSlash), the headers in the pages.
// Both live under NIANBAO_BASE_PATH (e.g. /nianbao) when it is set at build time.
const staticSite = process.env.NIANBAO_STATIC === "1";
const basePath = normalizeBasePath(process.env.NIANBAO_BASE_PATH);

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  ...(basePath ? { basePath } : {}),
  // The Markdown reader (micromark) decodes character references with this package; its "browser" build needs
  // `document`, which the import Web Worker has not. Its plain build (a table of entities) works everywhere.
  turbopack: { resolveAlias: { "decode-named-character-reference": "./node_modules/decode-named-character-reference/index.js" } },
  env: { NEXT_PUBLIC_NIANBAO_BASE_PATH: basePath, NEXT_PUBLIC_NIANBAO_STATIC: staticSite ? "1" : "" },
  ...(staticSite
    ? {
        output: "export",
        distDir: process.env.NIANBAO_WEB_OUT || "dist/web",
        trailingSlash: true,
        pageExtensions: ["tsx"],
        images: { unoptimized: true },
        // The same sources as the server build, which type-checks them (and so does `npm run typecheck`).
        typescript: { ignoreBuildErrors: true },
      }
    : {
        // The release archive's server (npm run package). Only while building: `next start` reads this file again
        // and would warn that it "does not work" with standalone output (it does; the README's npm start uses it).
        ...(process.env.NIANBAO_STANDALONE === "1" ? { output: "standalone" as const } : {}),
        // Server mode (issue #26): PGlite loads its WebAssembly and data files beside its own module, so it is
        // required from node_modules as it is (argon2's prebuilt binaries and pg are on Next's own list already).
        serverExternalPackages: ["@electric-sql/pglite"],
        async headers() {
          return [{ source: "/:path*", headers: securityHeaders(process.env.NODE_ENV !== "production") }];
        },
      }),
};

export default nextConfig;
