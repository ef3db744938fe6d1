// The first lines of the release's launchers (server.js, cli/nianbao.mjs; issue #25): they refuse a Node older
// than package.json's engines ("^20.19 || >=22" style: the lowest version each range starts at) in Chinese
// before anything else loads, in syntax even a very old Node parses.

/** ">=20.19", "^20.19.0 || >=22" → [20, 19, 0]: the lowest version any range admits. */
export function lowestNode(engines) {
  const found = [...engines.matchAll(/(\d+)(?:\.(\d+))?(?:\.(\d+))?/g)].map((m) => [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)]);
  if (!found.length) throw new Error(`engines.node「${engines}」中没有版本号`);
  return found.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2])[0];
}

/** The launcher's text: the check, then `body` (no syntax newer than the check's: no top-level await). */
export function nodeGuard(engines, body) {
  const [maj, min, pat] = lowestNode(engines);
  const want = `${maj}.${min}.${pat}`;
  const check = [
    `var v = process.versions.node.split(".").map(Number);`,
    `if (v[0] < ${maj} || (v[0] === ${maj} && (v[1] < ${min} || (v[1] === ${min} && v[2] < ${pat})))) {`,
    `  process.stderr.write("年报助手需要 Node.js ${want} 或更新版本（本机为 " + process.versions.node + "）。请安装 Node.js 22 或 24 长期支持版后再启动。\\n");`,
    `  process.exit(1);`,
    `}`,
  ].join("\n");
  const head = "// 年报助手：先检查 Node.js 版本（package.json 的 engines），再启动。\n";
  return `${head}${check}\n${body}\n`;
}
