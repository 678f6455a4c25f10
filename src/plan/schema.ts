import { z } from "zod";

const nonEmpty = z.string().trim().min(1);

/** A funding-source code and the spellings that mean it. */
export const FundingSourceSchema = z.object({
  code: nonEmpty,
  name: nonEmpty,
  /** `level`: who pays (NSTW, NST…); `type`: what kind of spending (CTX, CĐT). */
  dimension: z.enum(["level", "type", "other"]),
  aliases: z.array(nonEmpty).default([]),
});

/** A task group ("nhóm nhiệm vụ") of the policy frameworks the form's right-hand columns refer to. */
export const TaskGroupSchema = z.object({
  key: nonEmpty,
  label: nonEmpty,
  /** The framework the group comes from (e.g. `KH02`). */
  framework: nonEmpty,
  /** Header texts that identify the group's column, matched without diacritics. */
  synonyms: z.array(nonEmpty).default([]),
});

/** A policy framework that task groups belong to (`KH02` = Kế hoạch số 02/KH-BCĐTW). */
export const FrameworkSchema = z.object({
  key: nonEmpty,
  label: nonEmpty,
  /** Header texts that identify the framework's column band, matched without diacritics. */
  synonyms: z.array(nonEmpty).default([]),
});

/** A section of the appendix (`I Cơ quan Khối Đảng`). */
export const SectionSchema = z.object({ code: nonEmpty, name: nonEmpty });

/** An agency of the registry: its official name, other spellings, section and order. */
export const AgencySchema = z.object({
  name: nonEmpty,
  aliases: z.array(nonEmpty).default([]),
  section: nonEmpty,
});

/** The plan profile: everything about one year's plan that the tool must not hard-code. */
export const PlanSchema = z.object({
  name: nonEmpty,
  reference: z.string().default(""),
  years: z.array(z.number().int().min(1990).max(2100)).min(1),
  unit: z.enum(["đồng", "nghìn đồng", "triệu đồng", "tỷ đồng"]).default("triệu đồng"),
  fundingSources: z.array(FundingSourceSchema).min(1),
  frameworks: z.array(FrameworkSchema).default([]),
  taskGroups: z.array(TaskGroupSchema).default([]),
  sections: z.array(SectionSchema).default([]),
  agencies: z.array(AgencySchema).default([]),
  output: z
    .object({
      appendixLabel: z.string().default("Phụ lục"),
      title: z.string().default("TỔNG HỢP NHIỆM VỤ CHUYỂN ĐỔI SỐ VÀ KINH PHÍ"),
      subtitle: z.string().default(""),
    })
    .prefault({}),
});

/** A validated plan profile. */
export type Plan = z.infer<typeof PlanSchema>;
export type FundingSource = z.infer<typeof FundingSourceSchema>;
export type Framework = z.infer<typeof FrameworkSchema>;
export type TaskGroup = z.infer<typeof TaskGroupSchema>;
export type Agency = z.infer<typeof AgencySchema>;
