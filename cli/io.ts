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
