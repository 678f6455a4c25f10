import { Money } from "../data/money.js";
import type { Plan } from "../plan/schema.js";
import { formatAmount, type Lang } from "./diagnostic-message.js";

const HEADINGS = {
  vi: {
    file: "Tệp",
    embedded: "(kế hoạch mặc định, nhúng sẵn)",
    years: "Năm",
    unit: "Đơn vị tính",
    sources: "Nguồn vốn",
    level: "cấp ngân sách",
    type: "loại chi",
    other: "khác",
    groups: "Nhóm nhiệm vụ",
    agencies: "Đơn vị",
    ceilings: "Mức trần",
    none: "không có",
    total: "toàn bộ kế hoạch",
    titles: "Tiêu đề",
    reference: "Tham chiếu",
  },
  en: {
    file: "File",
    embedded: "(embedded default plan)",
    years: "Years",
    unit: "Unit",
    sources: "Funding sources",
    level: "budget level",
    type: "spending type",
    other: "other",
    groups: "Task groups",
    agencies: "Agencies",
    ceilings: "Ceilings",
    none: "none",
    total: "whole plan",
    titles: "Titles",
    reference: "Reference",
  },
} as const;

/**
 * The plan as a reader checks it: name, file, years and unit, the funding-source vocabulary with
 * aliases, task groups under their frameworks, the agency registry by section, ceilings and titles.
 */
export function planAsText(plan: Plan, file: string | undefined, lang: Lang): string {
  const h = HEADINGS[lang];
  const lines: string[] = [plan.name];
  if (plan.reference !== "") lines.push(`${h.reference}: ${plan.reference}`);
  lines.push(`${h.file}: ${file ?? h.embedded}`, `${h.years}: ${plan.years.join(", ")} · ${h.unit}: ${plan.unit}`, "");

  lines.push(`${h.sources} (${plan.fundingSources.length}):`);
  const codeWidth = Math.max(...plan.fundingSources.map((s) => s.code.length));
  for (const source of plan.fundingSources) {
    const aliases = source.aliases.length > 0 ? ` — ${source.aliases.join(", ")}` : "";
    lines.push(`  ${source.code.padEnd(codeWidth)}  ${source.name} [${h[source.dimension]}]${aliases}`);
  }

  lines.push("", `${h.groups} (${plan.taskGroups.length}):`);
  const frameworks = [...new Set(plan.taskGroups.map((g) => g.framework))];
  for (const key of frameworks) {
    lines.push(`  ${key}: ${plan.frameworks.find((f) => f.key === key)?.label ?? key}`);
    for (const group of plan.taskGroups.filter((g) => g.framework === key)) lines.push(`    ${group.key}: ${group.label}`);
  }

  lines.push("", `${h.agencies} (${plan.agencies.length}):`);
  const sectionCodes = [...new Set([...plan.sections.map((s) => s.code), ...plan.agencies.map((a) => a.section)])];
  for (const code of sectionCodes) {
    const members = plan.agencies.filter((a) => a.section === code);
    if (members.length === 0) continue;
    lines.push(`  ${code}. ${plan.sections.find((s) => s.code === code)?.name ?? ""}`);
    members.forEach((agency, i) => {
      lines.push(`    ${i + 1}. ${agency.name}${agency.aliases.length > 0 ? ` (${agency.aliases.join(", ")})` : ""}`);
    });
  }

  const amount = (value: number | string) => formatAmount(new Money(String(value)).toFixed(), lang);
  const ceilings = [
    ...(plan.ceilings.total !== undefined ? [`${h.total}: ${amount(plan.ceilings.total)}`] : []),
    ...plan.ceilings.agencies.map((c) => `${c.agency}${c.year !== undefined ? ` (${c.year})` : ""}: ${amount(c.amount)}`),
    ...plan.ceilings.sources.map((c) => `${c.source}${c.year !== undefined ? ` (${c.year})` : ""}: ${amount(c.amount)}`),
  ];
  lines.push("", `${h.ceilings} (${plan.unit}):${ceilings.length === 0 ? ` ${h.none}` : ""}`, ...ceilings.map((c) => `  ${c}`));
  lines.push("", `${h.titles}:`, `  ${plan.output.appendixLabel} — ${plan.output.title}`, `  ${plan.output.formTitle}`);
  return `${lines.join("\n")}\n`;
}
