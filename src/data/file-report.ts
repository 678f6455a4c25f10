/**
 * Which of the tool's own outputs a file is: the appendix `budget consolidate` writes, the workbook
 * `budget rollup -o` writes, the roster `budget status -o` writes, the comparison `budget diff -o` writes, the review workbook `budget review --init` writes. Their figures are the forms' figures
 * again, so a run over forms skips them.
 */
export type OwnOutput = "appendix" | "rollup" | "status" | "diff" | "review";

/** What reading one input file found: its digest, the form sheets and agencies in it, the rows read. */
export interface FileFacts {
  readonly file: string;
  readonly sha256: string | undefined;
  readonly sheets: readonly string[];
  readonly agencies: readonly string[];
  readonly rowsRead: number;
  /** Set when the file is one of the tool's own outputs (see `OwnOutput`). */
  readonly ownOutput?: OwnOutput | undefined;
  /**
   * Where the file stands among other files of the same agency in the run, one entry per agency it
   * shares with another file; absent when it shares none.
   */
  readonly versions?: readonly FileVersion[] | undefined;
}

/**
 * What told the newest of an agency's files: its modification time, the version mark in its name
 * (`v2`, `lần 2`, `bổ sung`), or, when neither does, the input order (the later file).
 */
export type VersionEvidence = "time" | "name" | "order";

/**
 * One file among the files of one agency in a run: the one `used` (the newest, whose figures count),
 * one `superseded` by it (not counted), or, with `--versions all`, one `summed` with the others.
 */
export interface FileVersion {
  /** The agency the files share: the registry's name, or the name as written. */
  readonly agency: string;
  readonly role: "used" | "superseded" | "summed";
  /** The agency's other files, in input order; for a superseded file, the one used alone. */
  readonly others: readonly string[];
  /** What told the file used from the others; undefined for `summed`, where none was chosen. */
  readonly by: VersionEvidence | undefined;
}

/**
 * What became of one input file: what reading it found, and how many of the run's diagnostics about
 * it are errors, warnings and notes (its own and those of the rules across files, counted once by
 * `runFiles` when every file is in).
 */
export interface FileReport extends FileFacts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}
