// Thin I/O for the CLI: exit codes and printing. Messages are Chinese, never stack traces. Everything printed
// passes the one text hygiene (cleanText): no control character, bidi override or zero-width character reaches
// the terminal, whatever a file or folder name holds (an 「\r ESC[2K」 cannot redraw a row). A closed stdout
// (`nianbao review … | head -1`) ends the printing quietly; the command goes on (its workbook is written).
import { cleanText } from "../lib/text/hygiene";

export const EXIT = { ok: 0, errors: 1, unreadable: 2 } as const;

export class CliError extends Error {
  constructor(
    message: string,
    readonly code: number = EXIT.unreadable,
  ) {
    super(message);
  }
}

export type Out = { log: (s: string) => void; err: (s: string) => void };

const closed = new WeakSet<NodeJS.WriteStream>();
const watched = new WeakSet<NodeJS.WriteStream>();

function print(stream: NodeJS.WriteStream, s: string) {
  if (!watched.has(stream)) {
    watched.add(stream);
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code !== "EPIPE") throw e;
      closed.add(stream); // the reader went away (| head): nothing more to print, nothing to say
    });
  }
  if (!closed.has(stream)) stream.write(cleanText(s) + "\n");
}

export const stdio: Out = {
  log: (s) => print(process.stdout, s),
  err: (s) => print(process.stderr, s),
};

const FS_REASONS: Record<string, string> = {
  ENOENT: "找不到该文件或其所在的文件夹",
  EACCES: "没有权限",
  EPERM: "没有权限",
  EISDIR: "这是一个文件夹，不是文件",
  ENOTDIR: "路径中有一段不是文件夹",
  ENOSPC: "磁盘空间不足",
  EROFS: "磁盘只读",
  EEXIST: "文件已存在",
};

/** Why a file operation failed, in Chinese (Node's own text is English: 「ENOENT: no such file…」). */
export function fileReason(e: unknown): string {
  const code = (e as { code?: string } | null)?.code;
  return (code && FS_REASONS[code]) ?? "读写文件时出错";
}

/**
 * Where a command may write: never over any of its inputs — the file itself, or a file inside an input folder
 * (`nianbao review 本年/ --xlsx 本年/报告.docx`) — not even with --force, and over another existing file only
 * with --force (`nianbao import 报告.docx -o 报告.docx` must not replace the Word file with JSON).
 */
export async function checkOutput(inputs: string | string[], output: string, force: boolean): Promise<void> {
  const { realpath, stat } = await import("node:fs/promises");
  const { resolve, sep } = await import("node:path");
  const real = async (p: string) => realpath(p).catch(() => resolve(p));
  const target = await real(output);
  const existing = await stat(output).catch(() => null);
  for (const input of Array.isArray(inputs) ? inputs : [inputs]) {
    const source = await real(input);
    if (source === target) throw new CliError(`不能把结果写到输入文件本身（${output}），请换一个输出文件名`);
    const folder = (await stat(input).catch(() => null))?.isDirectory();
    if (folder && existing && target.startsWith(source.endsWith(sep) ? source : source + sep)) {
      throw new CliError(`${output} 是输入文件夹 ${input} 中的文件，不能覆盖（加 --force 也不能），请换一个输出文件名`);
    }
  }
  if (existing?.isDirectory()) throw new CliError(`${output} 是一个文件夹，请给出输出文件名`);
  if (existing && !force) throw new CliError(`${output} 已存在，未覆盖；确需覆盖请加 --force`);
}
