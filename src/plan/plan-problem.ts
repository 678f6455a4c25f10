/** The languages plan problems are reported in. */
export type PlanLang = "vi" | "en";

/** One problem of a plan file: where (a key path such as `fundingSources[3].code`, or `line:col`) and what. */
export interface PlanProblem {
  readonly at: string;
  readonly message: string;
}
