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
  "BC107", // legacy encoding converted
  "BC108", // hidden rows read
  "BC109", // other sheets skipped
  "BC110", // content beyond Excel's limits left out or cut
  "BC111", // blank template: no figures yet
  "BC112", // agency unclear
  "BC113", // one of the tool's own outputs skipped
  "BC114", // the same file or the same bytes given twice
  "BC115", // a money column's unit differs from the sheet's unit line
  "BC116", // a period label that cannot be read
  "BC117", // a period column whose labels name two phases
  "BC121", // transposed table (years as rows, sources as columns) refused
  "BC201", // amount not a number
  "BC202", // negative amount
  "BC203", // ambiguous number text
  "BC204", // amount finer than 1 đồng
  "BC205", // formula without cached value or with error value
  "BC211", // year columns ≠ row total
  "BC212", // parent ≠ Σ children
  "BC213", // agency row ≠ Σ items
  "BC214", // stated total ≠ Σ agencies
  "BC215", // task-group amounts ≠ item total
  "BC216", // "of which" figure > its parent
  "BC219", // quantity × unit price ≠ amount
  "BC220", // number text written in both conventions
  "BC301", // duplicate row code
  "BC302", // malformed row code
  "BC303", // out-of-order row code
  "BC401", // unknown funding source
  "BC402", // period outside the plan
  "BC403", // item without task group
  "BC404", // same task from two agencies
  "BC405", // same agency in two files
  "BC406", // agency not in registry
  "BC407", // total above the plan's ceiling
  "BC408", // year column outside the plan
  "BC409", // older version of an agency's form superseded
  "BC410", // a figure the plan states differs from the consolidation
  "BC412", // two columns of one period and phase
  "BC414", // item without an approved figure (consolidate --approved)
  "BC415", // approved figure for an item no longer in the forms
  "BC416", // approved above requested
  "BC417", // request changed since it was approved
] as const;

/** A diagnostic code of the catalogue. */
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];
