// The versions of the JSON documents, apart from their zod schemas so that a writer can stamp a
// document without loading zod (it weighs on every `budget check` start-up).

/** Version of the check report (`budget check --format json`); bumped when a field changes meaning. */
export const CHECK_SCHEMA_VERSION = 1;
/** Version of the totals document (`budget totals --format json`); bumped when a field changes meaning. */
export const TOTALS_SCHEMA_VERSION = 1;
/** Version of the pivot document (`budget totals --by … --format json`); bumped when a field changes meaning. */
export const PIVOT_SCHEMA_VERSION = 1;
/** Version of the rollup document (`budget rollup --format json`); bumped when a field changes meaning. */
export const ROLLUP_SCHEMA_VERSION = 1;
