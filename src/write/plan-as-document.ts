import { stringify } from "yaml";
import type { Plan } from "../plan/schema.js";

/** The formats a plan is written in for editing. */
export type PlanFormat = "json" | "yaml";

/** The format a plan file's name asks for: YAML for `.yaml`/`.yml`, else JSON. */
export function planFormatFor(file: string): PlanFormat {
  return /\.ya?ml$/i.test(file) ? "yaml" : "json";
}

/**
 * Writes a plan as a complete, editable document (every default spelled out), which `--plan` reads
 * back to the same plan. YAML starts with a comment saying how to use it.
 */
export function planAsDocument(plan: Plan, format: PlanFormat): string {
  if (format === "json") return `${JSON.stringify(plan, null, 2)}\n`;
  const header = [
    `# Hồ sơ kế hoạch: ${plan.name}`,
    "# Sửa tệp này rồi dùng: budget consolidate <tệp…> --plan <tệp này>. Lược đồ: budget plan --json-schema",
    "",
  ].join("\n");
  return header + stringify(plan, { lineWidth: 0 });
}
