import { z } from "zod";
import { PlanSchema } from "./schema.js";

/**
 * The JSON Schema (draft 2020-12) of a plan file as people write it: fields with defaults are
 * optional. Editors use it to complete and check plan files; the cross-references (a group's
 * framework, an agency's section, a ceiling's agency) are checked only by `budget`.
 */
export function planJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(PlanSchema, { io: "input" }),
    title: "budget plan profile",
    description: "Hồ sơ kế hoạch cho công cụ budget: năm, nguồn vốn, nhóm nhiệm vụ, danh sách đơn vị, mức trần / plan profile of the budget tool",
  };
}
