// A plain static file server for the tests (node:http, no dependency, no app code), as county IT's nginx or IIS
// would serve dist/web under a prefix: files by their path, a folder's index.html (a folder without its slash is
// redirected to it, as nginx does), 404 for anything else, and the two headers docs/deploy.md asks for.
import { createReadStream, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
};

export type StaticServer = { url: string; requests: string[]; stop: () => Promise<void> };

/** Serves `root` at `prefix` ("/nianbao"): /nianbao/check/ → root/check/index.html. */
export async function serveStatic(root: string, prefix: string): Promise<StaticServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    requests.push(url.pathname);
    const send404 = () => res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("404");
    if (!url.pathname.startsWith(`${prefix}/`)) return send404();
    const rel = decodeURIComponent(url.pathname.slice(prefix.length));
    const file = path.join(root, rel);
    if (!file.startsWith(root)) return send404();
    let target = file;
    try {
      if (statSync(file).isDirectory()) {
        if (!url.pathname.endsWith("/")) return res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        target = path.join(file, "index.html");
      }
      statSync(target);
    } catch {
      return send404();
    }
    res.writeHead(200, {
      "Content-Type": TYPES[path.extname(target)] ?? "application/octet-stream",
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
    });
    createReadStream(target).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    requests,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
