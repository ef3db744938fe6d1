import type { NextConfig } from "next";
import { securityHeaders } from "./lib/server/security-headers";

// 内网可用：不加载任何外部字体、CDN 或遥测。Every response carries the security headers.
const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(process.env.NODE_ENV !== "production") }];
  },
};

export default nextConfig;
