import type { z } from "zod";
import { checkPlanReferences } from "./plan-references.js";
import {
  type AgencySchema,
  type CeilingsSchema,
  type ColumnSynonymsSchema,
  type FrameworkSchema,
  type FundingSourceSchema,
  PlanShapeSchema,
  type TaskGroupSchema,
} from "./plan-shape.js";

/**
 * The plan profile: everything about one year's plan that the tool must not hard-code. Besides each
 * field's shape, codes and names must be unique, and every reference (a group's framework, an
 * agency's section, a ceiling's agency, source and year) must name something the plan defines.
 */
export const PlanSchema = PlanShapeSchema.superRefine((plan, context) => {
  for (const issue of checkPlanReferences(plan))
    context.addIssue({ code: "custom", path: [...issue.path], message: issue.en, params: { vi: issue.vi, en: issue.en } });
});

/** A validated plan profile. */
export type Plan = z.infer<typeof PlanSchema>;
/** A plan profile as written in a file, before defaults are filled in. */
export type PlanInput = z.input<typeof PlanSchema>;
export type FundingSource = z.infer<typeof FundingSourceSchema>;
export type Framework = z.infer<typeof FrameworkSchema>;
export type TaskGroup = z.infer<typeof TaskGroupSchema>;
export type Agency = z.infer<typeof AgencySchema>;
export type Ceilings = z.infer<typeof CeilingsSchema>;
export type ColumnField = keyof z.infer<typeof ColumnSynonymsSchema>;
