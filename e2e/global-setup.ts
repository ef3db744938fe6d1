import { startServer } from "./server";

/** E2E_PORT=… lets two worktrees run their e2e tests at the same time. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);

export default async function setup() {
  const server = await startServer(E2E_PORT);
  return server.stop;
}
