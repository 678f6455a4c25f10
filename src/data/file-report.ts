/** What became of one input file. */
export interface FileReport {
  readonly file: string;
  readonly sha256: string | undefined;
  readonly sheets: readonly string[];
  readonly agencies: readonly string[];
  readonly rowsRead: number;
  readonly errors: number;
  readonly warnings: number;
}
