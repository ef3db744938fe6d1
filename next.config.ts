import type { NextConfig } from "next";

// 内网可用：不加载任何外部字体、CDN 或遥测。
const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
