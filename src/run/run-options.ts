import type { ReviewDecision } from "../parse/review-decisions.js";
/**
 * What a run does with several files of one agency: keep the `newest` and supersede the others
 * (the default: an agency that sends its form again sends a new version), or add them `all` up
 * (`--versions all`, the behaviour before versions were told apart, with BC405).
 */
export type VersionsMode = "newest" | "all";

/** Default bounds on reading one file: a minute, and 1 GiB of heap for the worker reading it. */
export const DEFAULT_FILE_TIME_MS = 60_000;
export const DEFAULT_FILE_HEAP_MB = 1024;

/**
 * The smallest heap a worker is given, whatever is asked: below about 40 MiB a worker running out of
 * heap while it loads its modules aborts the whole process instead of ending alone (Node issue 47224),
 * so a run could no longer report the file and go on.
 */
export const MIN_FILE_HEAP_MB = 64;

/** The bounds on reading one file in a worker: its time, and the heap of the worker reading it. */
export interface FileBounds {
  readonly fileTimeMs: number;
  readonly fileHeapMb: number;
}

/**
 * How a run reads its files, under the same names from the library's options (`ReadOptions`) down to
 * the worker pool: how many worker threads (0 = in this thread), the bounds per file (defaults
 * above), the sheet, a progress callback.
 */
export interface RunOptions extends Partial<FileBounds> {
  readonly workers?: number | undefined;
  /** Read only the sheet of this name in every file (`--sheet`), instead of finding form sheets by content. */
  readonly sheet?: string | undefined;
  /**
   * Read every form sheet as this agency's plan (`--agency`): its numbered rows are the agency's items,
   * its sections the agency's task areas, never agencies; the registry's name when it is one.
   */
  readonly agency?: string | undefined;
  /**
   * The files this run will write (`-o`, `--rows`): never read, even when a folder given as input
   * holds them (a BC113 note says so). A file named as an input itself is still read, and the writer
   * refuses to overwrite it.
   */
  readonly outputs?: readonly string[] | undefined;
  /**
   * Read the tool's own outputs (our appendix workbooks) as forms, as `rollup` does; otherwise they
   * are skipped with a BC113 note, since their figures are the forms' again.
   */
  readonly readOwnOutputs?: boolean | undefined;
  /**
   * Several files of one agency: use the newest and supersede the others (`newest`, the default,
   * with a BC409 note each), or add them all up (`all`, with BC405).
   */
  readonly versions?: VersionsMode | undefined;
  /**
   * The decisions of a review workbook (`consolidate --approved`, read by `readReview`): checked
   * against the consolidation (BC414–BC417) and summed in `RunResult.approvals`.
   */
  readonly approved?: readonly ReviewDecision[] | undefined;
  /** Hears of each file as it finishes (a progress bar): how many are done, of how many, and which. */
  readonly onProgress?: ((progress: RunProgress) => void) | undefined;
}

/** How far a run has got: `done` of `total` files read, `file` the last one finished. */
export interface RunProgress {
  readonly done: number;
  readonly total: number;
  readonly file: string;
}
