// Real-browser tests: Debian's Chromium (playwright-core) against the production server (server/start.mjs) on
// $E2E_PORT (default 3210).
// Assumes `next build` already ran (CI: npm run build && npm run test:e2e).
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": import.meta.dirname } },
  test: {
    include: ["e2e/**/*.e2e.ts"],
    environment: "node",
    globalSetup: ["e2e/global-setup.ts"],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    maxWorkers: 1,
  },
});
