import type { DiagnosticCode } from "./diagnostic-codes.js";

/** How serious a finding is: errors fail a run, warnings fail only under `--strict`. */
export type Severity = "error" | "warning" | "info";

/** Where a finding is: the file as given, and the sheet and A1 cell when there is one. */
export interface Location {
  readonly file: string;
  readonly sheet?: string;
  /** A1 address of the cell. */
  readonly cell?: string;
  /** 1-based sheet row (the line for SARIF and GitHub annotations). */
  readonly row?: number;
}

/**
 * What a stage detected, as data: a catalogue code, where, and the values a message needs. Detecting
 * never formats text; the reporters in `write/` do.
 */
export interface Finding extends Location {
  readonly code: DiagnosticCode;
  /** The row code (`1.2`) and name of the budget row concerned. */
  readonly rowCode?: string;
  readonly rowName?: string;
  /** Exact decimal strings (triệu đồng) or texts, where a comparison failed. */
  readonly expected?: string;
  readonly actual?: string;
  /** Further named values the message templates refer to (`{column}`, `{text}`…). */
  readonly args?: Readonly<Record<string, string>>;
}

/** A finding classified by the rule catalogue. */
export interface Diagnostic extends Finding {
  readonly severity: Severity;
}
