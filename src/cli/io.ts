/** A stream the CLI writes text to: the process's stdout or stderr, or a test's capture. */
export interface OutStream {
  /** Whether it is a terminal: colour and the progress bar only go to one. */
  readonly isTTY?: boolean | undefined;
  /** Its width in characters, when a terminal knows it. */
  readonly columns?: number | undefined;
  write(text: string): unknown;
}

/**
 * Everything the CLI takes from its process, injected (as ESLint's `cli.execute`) so that `main` runs
 * in-process in tests exactly as in the binary: only `entry.ts` passes the real streams and environment.
 */
export interface CliIo {
  readonly stdout: OutStream;
  readonly stderr: OutStream;
  /** The environment: `NO_COLOR`, `CI`, `TERM` are read from it, never from `process.env`. */
  readonly env: Readonly<Record<string, string | undefined>>;
}
