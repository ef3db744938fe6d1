// `npm run package [-- --no-build] [-- --out DIR]`: the offline release (issue #25) — dist/nianbao-<version>.tar.gz
// and .zip holding Next's standalone server, the static site (web/) and the command line (cli/) with everything
// they load inside: unpack, `node server.js` (server/start.mjs), `node cli/nianbao.mjs …`, nothing to install, nothing fetched.
// Both launchers refuse a Node older than package.json's engines with a Chinese message.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { zipSync } from "fflate";
import { nodeGuard } from "./node-guard.mjs";

const root = path.resolve(import.meta.dirname, "..");
const { values } = parseArgs({ options: { "no-build": { type: "boolean" }, out: { type: "string" } } });
const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
const name = `nianbao-${pkg.version}`;
const outDir = path.resolve(root, values.out ?? "dist");
const stage = path.join(outDir, name);
const started = Date.now();

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit" });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} 失败`);
};
if (!values["no-build"]) run("npm", ["run", "build"]);
for (const need of [".next/standalone/server.js", "dist/web/index.html"]) {
  if (!existsSync(path.join(root, need))) throw new Error(`缺少 ${need}：请先运行 npm run build`);
}

rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
// The server: Next's standalone output, with the files it serves itself (.next/static, public/).
// verbatimSymlinks: Turbopack links each external package (.next/node_modules/pg-<hash> → ../../node_modules/pg);
// kept relative, they hold wherever the archive is unpacked (Node would otherwise make them absolute paths here).
cpSync(path.join(root, ".next/standalone"), stage, { recursive: true, verbatimSymlinks: true });
cpSync(path.join(root, ".next/static"), path.join(stage, ".next/static"), { recursive: true });
cpSync(path.join(root, "public"), path.join(stage, "public"), { recursive: true });
// The server program is ours (server/start.mjs: Next's handler behind the routes it answers itself), not Next's server.js.
rmSync(path.join(stage, "server.js"));
cpSync(path.join(root, "server/start.mjs"), path.join(stage, "nianbao-server.mjs"));
// The static site, for a web server without Node.
cpSync(path.join(root, "dist/web"), path.join(stage, "web"), { recursive: true });
// The command line, every dependency bundled but pdf.js (its legacy build and character maps, copied).
run(process.execPath, [path.join(root, "scripts/build-cli.mjs"), path.join(stage, "cli/lib"), "--self-contained"]);
rmSync(path.join(stage, "cli/lib/inputs.json"));
const pdfjs = path.join(root, "node_modules/pdfjs-dist");
for (const part of ["package.json", "LICENSE", "legacy/build/pdf.mjs", "legacy/build/pdf.worker.mjs", "cmaps"]) {
  if (existsSync(path.join(pdfjs, part))) cpSync(path.join(pdfjs, part), path.join(stage, "node_modules/pdfjs-dist", part), { recursive: true });
}
// Server mode's database and password hashing (nianbao admin; the server too, where Next traced them already):
// PGlite with its WebAssembly and data files, argon2 with its prebuilt binaries for Linux, Windows and macOS.
// Next's trace takes only this machine's argon2 binary: the whole package goes in, every platform's prebuilds/.
for (const dep of ["@electric-sql/pglite", "argon2", "@phc/format", "node-gyp-build"]) {
  const into = path.join(stage, "node_modules", dep);
  if (dep === "argon2" || !existsSync(path.join(into, "package.json"))) cpSync(path.join(root, "node_modules", dep), into, { recursive: true, force: true });
}
const CLI_START = [
  'import("./lib/nianbao.mjs")',
  "  .then(function (m) { return m.main(process.argv.slice(2)); })",
  "  .then(function (code) { process.exitCode = code; });",
].join("\n");
// The launchers: a version check that any Node can parse, then the program.
const floor = pkg.engines.node;
// The server is an ES module: imported after the check.
writeFileSync(path.join(stage, "server.js"), nodeGuard(floor, 'import("./nianbao-server.mjs");'));
writeFileSync(path.join(stage, "cli/nianbao.mjs"), nodeGuard(floor, CLI_START));
cpSync(path.join(root, "docs/deploy.md"), path.join(stage, "部署说明.md"));

// The archives: .tar.gz for Linux, .zip for Windows servers.
const tarball = path.join(outDir, `${name}.tar.gz`);
const zipFile = path.join(outDir, `${name}.zip`);
rmSync(tarball, { force: true });
rmSync(zipFile, { force: true });
run("tar", ["-czf", tarball, "-C", outDir, name]);
const files = {};
(function add(dir, rel) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const at = `${rel}/${entry.name}`;
    // A zip holds no links (Windows): a linked package goes in as its files.
    if (entry.isDirectory() || (entry.isSymbolicLink() && statSync(full).isDirectory())) add(full, at);
    else files[at] = [readFileSync(full), { level: 6, mtime: statSync(full).mtime }];
  }
})(stage, name);
writeFileSync(zipFile, zipSync(files));

const mb = (f) => `${(statSync(f).size / 1048576).toFixed(1)} MB`;
console.log(`已生成 ${path.relative(root, tarball)}（${mb(tarball)}）和 ${path.relative(root, zipFile)}（${mb(zipFile)}），用时 ${Math.round((Date.now() - started) / 1000)} 秒`);
