import { startServer } from "./server";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);

export default async function setup() {
  const server = await startServer(E2E_PORT);
  return server.stop;
}
