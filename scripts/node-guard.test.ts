import { describe, expect, it } from "vitest";
import { lowestNode, nodeGuard } from "./node-guard.mjs";

/** Runs a launcher's text as CommonJS under a pretend Node version: what it wrote, whether it exited, what ran. */
function launch(text: string, version: string) {
  const said: string[] = [];
  let exited: number | null = null;
  let ran = false;
  const fakeProcess = { versions: { node: version }, stderr: { write: (s: string) => said.push(s) }, exit: (c: number) => ((exited = c), Symbol()) };
  try {
    new Function("process", "require", text)(fakeProcess, () => (ran = true));
  } catch {
    /* process.exit does not return in Node; here the body after it may run into the fake */
  }
  return { said: said.join(""), exited, ran: exited === null && ran };
}

describe("lowestNode", () => {
  it.each([
    [">=20.19", [20, 19, 0]],
    ["^20.19.0 || >=22", [20, 19, 0]],
    ["^22 || ^24 || >=26", [22, 0, 0]],
  ])("%s → %j", (engines, want) => expect(lowestNode(engines)).toEqual(want));
  it("refuses engines without a version", () => expect(() => lowestNode("*")).toThrow("engines.node「*」中没有版本号"));
});

describe("nodeGuard", () => {
  const text = nodeGuard(">=20.19", 'require("./next-server.js");');
  it("an older Node is refused in Chinese, naming both versions, before anything loads", () => {
    for (const old of ["20.18.3", "18.20.0", "12.22.12"]) {
      const r = launch(text, old);
      expect(r.exited).toBe(1);
      expect(r.said).toBe(`年报助手需要 Node.js 20.19.0 或更新版本（本机为 ${old}）。请安装 Node.js 22 或 24 长期支持版后再启动。\n`);
    }
  });
  it("the floor and newer start the program", () => {
    for (const ok of ["20.19.0", "20.20.2", "22.1.0", "24.0.0"]) expect(launch(text, ok)).toEqual({ said: "", exited: null, ran: true });
  });
});
