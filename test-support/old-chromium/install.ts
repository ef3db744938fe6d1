// The browsers township PCs run (issue #22): Chromium 86 (360安全浏览器 13 极速模式) and 92, as shipped — brotli-
// compressed — inside the npm packages chrome-aws-lambda@5.3.1 and @10.1.0. They are not npm dependencies (both
// name a different puppeteer-core as a peer, which npm cannot install side by side); `npm pack` fetches each from
// the registry, its sha512 is checked against the pin below, and the browser is unpacked once into .cache/.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { brotliDecompressSync } from "node:zlib";

export type OldChromium = "86" | "92";

const PINS: Record<OldChromium, { spec: string; file: string; integrity: string }> = {
  "86": {
    spec: "chrome-aws-lambda@5.3.1",
    file: "chrome-aws-lambda-5.3.1.tgz",
    integrity: "sha512-KklZTy2p2U/86cCh1hKL3PGDqoirQCAg7uejvNIn0rDBkWj4Su4GOjYMRVB3kthLwmnWhh3x63RDBTCAaQ9Q3Q==",
  },
  "92": {
    spec: "chrome-aws-lambda@10.1.0",
    file: "chrome-aws-lambda-10.1.0.tgz",
    integrity: "sha512-NZQVf+J4kqG4sVhRm3WNmOfzY0OtTSm+S8rg77pwePa9RCYHzhnzRs8YvNI6L9tALIW6RpmefWiPURt3vURXcw==",
  },
};

const root = path.resolve(import.meta.dirname, "../..");
const cacheDir = (version: OldChromium) => path.join(root, ".cache", `chromium-${version}`);

function sha512(bytes: Buffer): string {
  return `sha512-${createHash("sha512").update(bytes).digest("base64")}`;
}

/** The path of the unpacked Chromium `version`, fetched and unpacked first if this machine has not got it. */
export function oldChromium(version: OldChromium): string {
  const dir = cacheDir(version);
  const binary = path.join(dir, "chromium");
  if (existsSync(binary)) return binary;
  const pin = PINS[version];
  mkdirSync(dir, { recursive: true });
  const tgz = path.join(dir, pin.file);
  if (!existsSync(tgz)) execFileSync("npm", ["pack", pin.spec, "--silent", "--pack-destination", dir], { stdio: "ignore" });
  const got = sha512(readFileSync(tgz));
  if (got !== pin.integrity) {
    rmSync(tgz);
    throw new Error(`${pin.spec}: integrity ${got} is not the pinned ${pin.integrity}`);
  }
  execFileSync("tar", ["xzf", tgz, "-C", dir, "package/bin/chromium.br"]);
  const unpacked = brotliDecompressSync(readFileSync(path.join(dir, "package/bin/chromium.br")));
  writeFileSync(`${binary}.part`, unpacked);
  chmodSync(`${binary}.part`, 0o755);
  renameSync(`${binary}.part`, binary);
  rmSync(path.join(dir, "package"), { recursive: true });
  return binary;
}

// `tsx test-support/old-chromium/install.ts` unpacks both (CI does it before the browser tests).
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  for (const v of ["86", "92"] as const) console.log(`Chromium ${v}: ${oldChromium(v)}`);
}
