import type { RunProgress } from "../run/run-options.js";
import type { Lang } from "../write/diagnostic-message.js";
import type { CliIo, OutStream } from "./io.js";

/** A bar appears only once a run has taken this long, so quick runs never flicker. */
const SHOW_AFTER_MS = 300;
/** Redraw at most this often. */
const REDRAW_MS = 100;
const BAR_WIDTH = 20;

/** Whether a run should draw a progress bar: on a terminal only, never under `--quiet`, in CI (`CI` set) or on a dumb terminal. */
export function wantsProgress(stream: OutStream, quiet: boolean, env: CliIo["env"]): boolean {
  return stream.isTTY === true && !quiet && (env.CI ?? "") === "" && env.TERM !== "dumb";
}

/**
 * One line of the bar: `Đang đọc [██████░░░░] 12/40 so-noi-vu.xlsx`, cut to `width` characters.
 */
export function progressLine(progress: RunProgress, width: number, lang: Lang): string {
  const filled = progress.total === 0 ? BAR_WIDTH : Math.round((progress.done / progress.total) * BAR_WIDTH);
  const head = `${lang === "vi" ? "Đang đọc" : "Reading"} [${"█".repeat(filled)}${"░".repeat(BAR_WIDTH - filled)}] ${progress.done}/${progress.total} `;
  const name = progress.file.split(/[\\/]/).at(-1) ?? progress.file;
  const line = `${head}${name}`;
  return line.length <= width ? line : `${line.slice(0, Math.max(0, width - 1))}…`;
}

/**
 * A progress callback for `runFiles` that draws a bar on `stream` (stderr), or undefined when no bar
 * should be drawn (see `wantsProgress`). The bar shows for runs of several files that take a moment,
 * and erases itself when the last file is in, before any report is printed.
 */
export function progressBar(
  stream: OutStream,
  options: { quiet: boolean; lang: Lang; env: CliIo["env"] },
  now: () => number = Date.now,
): ((progress: RunProgress) => void) | undefined {
  if (!wantsProgress(stream, options.quiet, options.env)) return undefined;
  const started = now();
  let drawn = false;
  let last = 0;
  return (progress) => {
    const time = now();
    if (progress.done >= progress.total) {
      if (drawn) stream.write("\r\u001b[K");
      drawn = false;
      return;
    }
    if (progress.total < 2 || time - started < SHOW_AFTER_MS || time - last < REDRAW_MS) return;
    // A terminal of unknown size (a pseudo-terminal without one) reports 0 columns.
    const columns = stream.columns !== undefined && stream.columns > 0 ? stream.columns : 80;
    stream.write(`\r\u001b[K${progressLine(progress, Math.max(20, columns - 1), options.lang)}`);
    drawn = true;
    last = time;
  };
}
