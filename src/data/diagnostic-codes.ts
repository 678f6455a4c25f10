/**
 * Every diagnostic code the tool can report. Codes are stable: never reuse or renumber one. Each has
 * a rule file under `src/validate/rules/` with its name, severity, description and messages.
 */
export const DIAGNOSTIC_CODES = [
  "BC101", // file unreadable
  "BC102", // header not found
  "BC103", // required column missing
  "BC104", // unknown column
  "BC105", // unit missing or unknown
  "BC106", // no items
  "BC201", // amount not a number
  "BC202", // negative amount
  "BC203", // ambiguous number text
  "BC204", // amount finer than 1 đồng
  "BC205", // formula without cached value or with error value
  "BC211", // year columns ≠ row total
  "BC212", // parent ≠ Σ children
  "BC213", // agency row ≠ Σ items
  "BC214", // stated total ≠ Σ agencies
  "BC301", // duplicate row code
  "BC302", // malformed row code
  "BC303", // out-of-order row code
  "BC401", // unknown funding source
] as const;

/** A diagnostic code of the catalogue. */
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];
