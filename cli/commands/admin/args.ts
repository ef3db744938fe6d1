// Arguments of `nianbao admin …`: positional words and --name value options, refused in Chinese when unknown.
import { CliError } from "../../io";

export type AdminArgs = { words: string[]; options: Map<string, string>; flags: Set<string> };

export function parseAdminArgs(args: string[], valued: readonly string[], flags: readonly string[], usage: string): AdminArgs {
  const out: AdminArgs = { words: [], options: new Map(), flags: new Set() };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const [name, inline] = a.startsWith("--") && a.includes("=") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a, undefined];
    if (valued.includes(name)) {
      const v = inline ?? args[++i];
      if (v === undefined || (inline === undefined && v.startsWith("--"))) throw new CliError(`${name} 后面需要给出值\n用法：${usage}`);
      out.options.set(name, v);
    } else if (flags.includes(a)) out.flags.add(a);
    else if (a.startsWith("-")) throw new CliError(`未知选项：${a}\n用法：${usage}`);
    else out.words.push(a);
  }
  return out;
}
