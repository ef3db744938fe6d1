// `npm run build:cli`: the command line compiled once into dist/cli/ (ES modules, one chunk per command), so
// `npx nianbao` starts without transpiling TypeScript (cli/nianbao.mjs falls back to tsx when the bundle is
// missing or older than its sources). pdf.js and exceljs stay in node_modules and load only when needed.
import { build } from "esbuild";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
/** dist/cli, or the folder given (tests build into a temp folder). */
const args = process.argv.slice(2);
const folder = args.find((a) => !a.startsWith("--"));
const out = folder ? path.resolve(folder) : path.join(root, "dist/cli");
/** --self-contained (the release archive, issue #25): every dependency inside, but pdf.js, copied beside it. */
const selfContained = args.includes("--self-contained");
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const result = await build({
  absWorkingDir: root,
  entryPoints: { nianbao: "cli/main.ts", "review-worker": "cli/review-worker.ts" },
  outdir: out,
  outExtension: { ".js": ".mjs" },
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // Server mode's database (`nianbao admin`): PGlite loads its WebAssembly and data files beside its own module,
  // argon2 its native binary from its prebuilds/ — both stay packages (the archive carries them in node_modules/).
  external: [
    "pdfjs-dist",
    "pdfjs-dist/*",
    "@electric-sql/pglite",
    "@electric-sql/pglite/*",
    "argon2",
    "pg-native",
    ...(selfContained ? [] : ["exceljs", "tsx", "tsx/*"]),
  ],
  // Bundled CommonJS packages may call require(): give the ES module one.
  banner: { js: 'import { createRequire as __nianbaoRequire } from "node:module"; const require = __nianbaoRequire(import.meta.url);' },
  metafile: true,
  logLevel: "warning",
  legalComments: "none",
  minify: true, // less to parse at every start (zod alone is ~750 kB unminified)
  keepNames: true,
});

// The sources the bundle was made from: the launcher rebuilds (falls back to tsx) when one is newer.
const inputs = Object.keys(result.metafile.inputs).filter((p) => !p.includes("node_modules"));
writeFileSync(path.join(out, "inputs.json"), JSON.stringify(inputs));
console.log(`已生成 ${path.relative(root, path.join(out, "nianbao.mjs"))}（${inputs.length} 个源文件）`);
