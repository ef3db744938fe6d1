import type { NextConfig } from "next";
import { securityHeaders } from "./lib/server/security-headers";

// 内网可用：不加载任何外部字体、CDN 或遥测。Every response carries the security headers.
const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The Markdown reader (micromark) decodes character references with this package; its "browser" build needs
  // `document`, which the import Web Worker has not. Its plain build (a table of entities) works everywhere.
  turbopack: { resolveAlias: { "decode-named-character-reference": "./node_modules/decode-named-character-reference/index.js" } },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(process.env.NODE_ENV !== "production") }];
  },
};

export default nextConfig;
