import { z } from "zod";
import { APPENDIX_COLUMN_NAMES } from "../data/appendix-columns.js";

const nonEmpty = z.string().trim().min(1);
const spellings = z.array(nonEmpty).default([]);

/** An amount in the plan's unit: a JSON number, or an exact decimal string with `.` as the decimal mark. */
export const PlanAmountSchema = z
  .union([z.number().nonnegative().finite(), z.string().regex(/^\d+(\.\d+)?$/, { error: 'expected a decimal such as "25000" or "1250.5"' })])
  .describe("Số tiền theo đơn vị của kế hoạch / amount in the plan's unit");

/** A funding-source code and the spellings that mean it. */
export const FundingSourceSchema = z.strictObject({
  code: nonEmpty,
  name: nonEmpty,
  /** `level`: who pays (NSTW, NST…); `type`: what kind of spending (CTX, CĐT). */
  dimension: z.enum(["level", "type", "other"]).describe("level = cấp ngân sách (NSTW, NST…); type = loại chi (CTX, CĐT)"),
  aliases: spellings,
});

/** A task group ("nhóm nhiệm vụ") of the policy frameworks the form's right-hand columns refer to. */
export const TaskGroupSchema = z.strictObject({
  key: nonEmpty,
  label: nonEmpty,
  /** The framework the group comes from (e.g. `KH02`). */
  framework: nonEmpty,
  /** Header texts that identify the group's column, matched without diacritics. */
  synonyms: spellings,
});

/** A policy framework that task groups belong to (`KH02` = Kế hoạch số 02/KH-BCĐTW). */
export const FrameworkSchema = z.strictObject({
  key: nonEmpty,
  label: nonEmpty,
  /** Header texts that identify the framework's column band, matched without diacritics. */
  synonyms: spellings,
});

/** A section of the appendix (`I Cơ quan Khối Đảng`). */
export const SectionSchema = z.strictObject({ code: nonEmpty, name: nonEmpty });

/** An agency of the registry: its official name, other spellings, section and order. */
export const AgencySchema = z.strictObject({
  name: nonEmpty,
  aliases: spellings,
  section: nonEmpty,
  /** Position in the appendix; agencies without one keep their place in the list. */
  order: z.number().int().optional(),
});

/**
 * Extra header labels per field, matched without diacritics, for forms that word their columns
 * differently: they extend the tool's own (`data/column-vocabulary.ts`, `docs/COLUMNS.md`) and win over them.
 */
export const ColumnSynonymsSchema = z.strictObject({
  code: spellings,
  name: spellings,
  objective: spellings,
  period: spellings,
  amount: spellings,
  publicInvestment: spellings,
  recurrentTotal: spellings,
  fundingSource: spellings,
  legalBasis: spellings,
  leadUnit: spellings,
  commitment: spellings,
  quantity: spellings,
  unitPrice: spellings,
  measureUnit: spellings,
});

/** A ceiling on an agency's total, for the whole plan or one year. */
export const AgencyCeilingSchema = z.strictObject({ agency: nonEmpty, year: z.number().int().optional(), amount: PlanAmountSchema });

/** A ceiling on the total of one funding-source code, for the whole plan or one year. */
export const SourceCeilingSchema = z.strictObject({ source: nonEmpty, year: z.number().int().optional(), amount: PlanAmountSchema });

/**
 * A figure the plan's own text states (`Năm 2024: 10.400.000.000 đồng, trong đó chi thường xuyên
 * 6.400.000.000 đồng`): a period's, a source's or a period's of a source, in the plan's unit. A
 * consolidation that differs is a finding naming both figures (BC410).
 */
export const StatedSplitSchema = z.strictObject({
  period: z
    .union([z.number().int(), z.string().regex(/^(19|20)\d\d(-(19|20)\d\d)?$/, { error: "a year or a range such as 2026-2030" })])
    .optional()
    .describe("Năm hoặc giai đoạn (2024, 2026-2030); bỏ trống: cả kế hoạch / a year or range; absent: the whole plan"),
  source: nonEmpty.optional().describe("Mã nguồn vốn; bỏ trống: mọi nguồn / a funding-source code; absent: every source"),
  amount: PlanAmountSchema,
});

/** Spending ceilings: a consolidated total above one is a warning (BC407) showing both figures. */
export const CeilingsSchema = z.strictObject({
  total: PlanAmountSchema.optional(),
  agencies: z.array(AgencyCeilingSchema).default([]),
  sources: z.array(SourceCeilingSchema).default([]),
});

/** Titles printed on the appendix and on the blank form. */
export const OutputSchema = z.strictObject({
  appendixLabel: z.string().default("Phụ lục"),
  /** The appendix's number after its label (`II`: `Phụ lục II`), by default; `--number` overrides. */
  number: z
    .string()
    .optional()
    .describe("Số của phụ lục, ghi sau nhãn (II: Phụ lục II); --number thay thế / the appendix's number after its label; --number overrides"),
  title: z.string().default("TỔNG HỢP NHIỆM VỤ CHUYỂN ĐỔI SỐ VÀ KINH PHÍ"),
  subtitle: z.string().default(""),
  formTitle: z.string().default("BIỂU MẪU ĐỀ XUẤT DỰ ÁN, NHIỆM VỤ CHUYỂN ĐỔI SỐ"),
  formSubtitle: z.string().default(""),
  /** The signature block under the appendix (PDF): `<place>, ngày … tháng … năm …`, then who signs. */
  place: z.string().default("").describe("Địa danh của dòng ngày tháng dưới phụ lục / the place of the date line under the appendix"),
  preparerTitle: z.string().default("Người lập biểu").describe("Chức danh người lập biểu / the preparer's title"),
  preparerName: z.string().default("").describe("Họ tên người lập biểu / the preparer's name"),
  headTitle: z.string().default("Thủ trưởng đơn vị").describe("Chức danh người ký / the signing head's title"),
  headName: z.string().default("").describe("Họ tên người ký / the signing head's name"),
  /** The appendix table's columns by default (`--columns` overrides); absent: the usual six. */
  columns: z
    .array(z.enum(APPENDIX_COLUMN_NAMES))
    .min(1)
    .refine((names) => new Set(names).size === names.length, { error: "a column is listed twice" })
    .optional()
    .describe("Các cột của phụ lục, theo thứ tự / the appendix's columns, in order: tt, noi-dung, chu-tri, thoi-gian, tong, nam, nguon, van-ban, muc-tieu"),
});

/** The plan profile without the checks that relate one part to another. */
export const PlanShapeSchema = z.strictObject({
  $schema: z.string().optional(),
  name: nonEmpty,
  reference: z.string().default(""),
  years: z.array(z.number().int().min(1990).max(2100)).min(1).describe("Các năm của kế hoạch, mỗi năm một cột / the plan's years, one column each"),
  periods: z
    .array(z.string().regex(/^(19|20)\d\d-(19|20)\d\d$/, { error: "a range of years such as 2026-2030" }))
    .optional()
    .describe(
      "Các giai đoạn của kế hoạch ngoài các năm, như 2026-2030, mỗi giai đoạn một cột / the plan's ranges of years besides its years, such as 2026-2030, one column each",
    ),
  unit: z
    .enum(["đồng", "nghìn đồng", "triệu đồng", "tỷ đồng"])
    .default("triệu đồng")
    .describe("Đơn vị tính của biểu mẫu và của mức trần / unit of the form and of the ceilings"),
  fundingSources: z.array(FundingSourceSchema).min(1).describe("Danh mục nguồn vốn: mã, tên, bí danh / funding-source vocabulary: codes, names, aliases"),
  frameworks: z.array(FrameworkSchema).default([]),
  taskGroups: z.array(TaskGroupSchema).default([]).describe("Nhóm nhiệm vụ (cột bên phải biểu mẫu) / task groups (the form's right-hand columns)"),
  sections: z.array(SectionSchema).default([]),
  agencies: z
    .array(AgencySchema)
    .default([])
    .describe("Danh sách đơn vị: tên chính thức, bí danh, phần, thứ tự / agency registry: official names, aliases, section, order"),
  columns: ColumnSynonymsSchema.prefault({}).describe("Nhãn cột khác cho từng trường / extra header labels per field"),
  output: OutputSchema.prefault({}).describe("Tiêu đề phụ lục và biểu mẫu / titles of the appendix and the blank form"),
  statedSplits: z
    .array(StatedSplitSchema)
    .optional()
    .describe(
      "Số liệu kế hoạch nêu theo năm/giai đoạn × nguồn vốn; tổng hợp khác là cảnh báo BC410 / figures the plan states by period × source; a consolidation that differs is warning BC410",
    ),
  ceilings: CeilingsSchema.prefault({}).describe("Mức trần; vượt trần là cảnh báo BC407 / ceilings; a total above one is warning BC407"),
});
