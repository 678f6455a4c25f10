import type { Plan } from "../../plan/schema.js";

/** The unit line above the appendix table, on the sheet and in the PDF. */
export const APPENDIX_UNIT_LINE = "Đơn vị tính: triệu đồng";

/**
 * The texts above the appendix table — label, title, `(Kèm theo …)` line — from the plan's `output`,
 * with `--title` and `--ref` in place of the plan's when given and `--number` after the label: one source for the workbook and the PDF.
 */
export function appendixTitles(
  plan: Plan,
  options: { readonly title?: string | undefined; readonly reference?: string | undefined; readonly number?: string | undefined },
): { readonly label: string; readonly title: string; readonly reference: string } {
  return {
    label: numberedLabel(plan.output.appendixLabel, options.number ?? plan.output.number),
    title: options.title ?? plan.output.title,
    reference: options.reference === undefined ? plan.output.subtitle : referenceLine(options.reference),
  };
}

/**
 * The label with the appendix's number (`--number II`): `Phụ lục` becomes `Phụ lục II`; a number the
 * plan's label already ends with (`Phụ lục 01`, `Phụ lục IV`) is replaced.
 */
function numberedLabel(label: string, number: string | undefined): string {
  const wanted = number?.trim() ?? "";
  if (wanted === "") return label;
  const bare = label.trim().replace(/\s+(?:[IVXLCDM]+|\d+)$/u, "");
  return bare === "" ? wanted : `${bare} ${wanted}`;
}

/** The reference line as appendices print it: in parentheses, starting `Kèm theo` unless it says otherwise. */
function referenceLine(text: string): string {
  const trimmed = text.trim();
  if (trimmed === "" || trimmed.startsWith("(")) return trimmed;
  return /^(ban hành )?kèm theo/iu.test(trimmed) ? `(${trimmed})` : `(Kèm theo ${trimmed})`;
}
