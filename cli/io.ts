// Thin I/O for the CLI: exit codes and printing. Messages are Chinese, never stack traces.
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

export const stdio: Out = {
  log: (s) => process.stdout.write(s + "\n"),
  err: (s) => process.stderr.write(s + "\n"),
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
 * Where a command may write: never over its own input, and over an existing file only with --force
 * (`nianbao import 报告.docx -o 报告.docx` must not replace the Word file with JSON).
 */
export async function checkOutput(input: string, output: string, force: boolean): Promise<void> {
  const { realpath, stat } = await import("node:fs/promises");
  const { resolve } = await import("node:path");
  const real = async (p: string) => realpath(p).catch(() => resolve(p));
  if ((await real(input)) === (await real(output))) throw new CliError(`不能把结果写到输入文件本身（${output}），请换一个输出文件名`);
  const existing = await stat(output).catch(() => null);
  if (existing?.isDirectory()) throw new CliError(`${output} 是一个文件夹，请给出输出文件名`);
  if (existing && !force) throw new CliError(`${output} 已存在，未覆盖；确需覆盖请加 --force`);
}
