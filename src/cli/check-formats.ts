/**
 * The report formats of `budget check`. Apart from the reporters (check-reporters.ts) so that the
 * option can list them without loading every reporter at start-up, and the registry can be keyed by
 * them without importing the command.
 */
export const CHECK_FORMATS = ["text", "json", "sarif", "github", "junit"] as const;

/** One report format of `budget check`. */
export type CheckFormat = (typeof CHECK_FORMATS)[number];
