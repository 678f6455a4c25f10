import { z } from "zod";
import { PlanShapeSchema } from "./plan-shape.js";

/**
 * The keys a plan file may write in the object at `path` (a zod issue's path, list indices
 * included), in the schema's order; empty when `path` does not lead to an object. Read from the
 * schema itself so a new field is suggested without a list to keep in step.
 */
export function keysAllowedAt(path: readonly PropertyKey[]): string[] {
  let schema: z.core.$ZodType | undefined = unwrap(PlanShapeSchema);
  for (const key of path) {
    if (schema instanceof z.ZodArray && typeof key === "number") schema = unwrap(schema.element);
    else if (schema instanceof z.ZodObject && typeof key === "string") schema = unwrapMaybe(schema.shape[key]);
    else return [];
  }
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

/** The schema inside optional and default wrappers, which do not change what keys may be written. */
function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let inner = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault || inner instanceof z.ZodPrefault) inner = inner.unwrap();
  return inner;
}

function unwrapMaybe(schema: z.core.$ZodType | undefined): z.core.$ZodType | undefined {
  return schema === undefined ? undefined : unwrap(schema);
}
