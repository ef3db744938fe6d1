import { E2E_PORT } from "./browser";
import { startServer } from "./server";

export default async function setup() {
  const server = await startServer(E2E_PORT);
  return server.stop;
}
