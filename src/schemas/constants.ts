// What the JSON documents state besides their data (versions, the unit), apart from their zod
// schemas so that a writer can stamp a document without loading zod (0.13 s of every start-up).

/** The unit every amount of a JSON document is in. */
export const UNIT = "triệu đồng";

/** Version of the check report (`budget check --format json`); bumped when a field changes meaning. */
export const CHECK_SCHEMA_VERSION = 1;
/** Version of the totals document (`budget totals --format json`); bumped when a field changes meaning. */
export const TOTALS_SCHEMA_VERSION = 2;
/** Version of the pivot document (`budget totals --by … --format json`); bumped when a field changes meaning. */
export const PIVOT_SCHEMA_VERSION = 1;
/** Version of the rollup document (`budget rollup --format json`); bumped when a field changes meaning. */
export const ROLLUP_SCHEMA_VERSION = 1;
/** Version of the roster (`budget status --format json`); bumped when a field changes meaning. */
export const STATUS_SCHEMA_VERSION = 1;
/** Version of the inspection (`budget inspect --format json`); bumped when a field changes meaning. */
export const INSPECT_SCHEMA_VERSION = 1;
/** Version of the diff document (`budget diff --format json`); bumped when a field changes meaning. */
export const DIFF_SCHEMA_VERSION = 1;
