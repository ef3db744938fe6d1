import { startServer } from "./server";

/** E2E_PORT lets two worktrees run the browser tests side by side. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);

export default async function setup() {
  const server = await startServer(E2E_PORT);
  return server.stop;
}
