import { z } from "zod";
import { UNIT } from "./constants.js";

export { UNIT };

/**
 * An exact amount in triệu đồng as a decimal string (`"148165"`, `"0.5"`, `"-1090"`): never a
 * floating-point number, so no script ever adds money with rounding error.
 */
export const AmountSchema = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/)
  .meta({
    id: "Amount",
    description: "An exact amount in triệu đồng as a decimal string: digits, an optional minus and an optional '.' decimal part, no exponent, no grouping.",
  });

/** The `unit` field: always triệu đồng. */
export const UnitSchema = z.literal(UNIT).describe("The unit of every amount in the document.");

/** Amounts keyed by text (a year, a source code, a task-group key). */
export const AmountsByKeySchema = z.record(z.string(), AmountSchema);
