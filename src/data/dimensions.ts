/**
 * The dimensions money can be cut along. They live here, below both `aggregate/` (which pivots along
 * them) and `schemas/` (whose documents name them), since a schema may not import a stage.
 */

/** The dimensions money can be pivoted along. */
export const PIVOT_DIMENSIONS = ["agency", "year", "source", "group", "section", "period", "phase", "lead"] as const;
/** One of {@link PIVOT_DIMENSIONS}. */
export type PivotDimension = (typeof PIVOT_DIMENSIONS)[number];

/** The dimensions rows of a rollup can be cut by; years are always the columns. */
export const ROLLUP_DIMENSIONS = ["agency", "source", "section", "input", "year"] as const;
/** One of {@link ROLLUP_DIMENSIONS}. */
export type RollupDimension = (typeof ROLLUP_DIMENSIONS)[number];
