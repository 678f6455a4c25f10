/**
 * The plan fields a column can hold, besides the money of a period and task groups: what the layout
 * recognises (`layout/columns.ts`), what the plan's `columns` gives extra labels for (its keys, in this
 * order), and the first of the roles `budget inspect` reports (`INSPECTED_COLUMN_ROLES`).
 */
export const COLUMN_FIELDS = [
  "code",
  "name",
  "objective",
  "period",
  "amount",
  "publicInvestment",
  "recurrentTotal",
  "fundingSource",
  "legalBasis",
  "leadUnit",
  "commitment",
  "quantity",
  "unitPrice",
  "measureUnit",
] as const;

/** One of {@link COLUMN_FIELDS}. */
export type ColumnField = (typeof COLUMN_FIELDS)[number];
