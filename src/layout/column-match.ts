import type { ColumnMatch } from "../data/inspection.js";
import { foldText } from "../data/text.js";
import type { PlanIndex } from "../plan/plan-index.js";
import { closestField, quantityUnit } from "./closest-role.js";
import { TOTAL_LEAF } from "./column-vocabulary-patterns.js";
import type { ColumnInfo } from "./header-band.js";

/** The labels of a column top to bottom, as `readColumns` joined them. */
export function columnLabels(column: ColumnInfo): string[] {
  return column.label === "" ? [] : column.label.split(" › ");
}

/**
 * Why a column got the role `classifyColumn` gave it, for `budget inspect`: the label that decided
 * (the lowest one, which `classifyColumn` matches) and how — a period (year or range), a task group under the band of
 * its framework, `Tổng số` under a parent, a label of the plan's `columns`, or the tool's own words.
 * An unknown column gets the role it comes closest to, or the unit it counts in when it counts things. Said after the fact from the role, so it never
 * changes what a column is read as.
 */
export function columnMatch(column: ColumnInfo, index: PlanIndex): ColumnMatch {
  const labels = columnLabels(column);
  const leaf = labels.at(-1) ?? "";
  const above = labels.length > 1 ? labels.slice(0, -1).join(" › ") : undefined;
  const role = column.role;
  if (role.kind === "unknown") {
    const quantity = quantityUnit(column.label);
    return quantity === undefined ? { by: "none", closest: closestField(labels.map(foldText)) } : { by: "none", closest: undefined, quantity };
  }
  if (role.kind === "period") return { by: "period", label: leaf };
  if (role.kind === "group") return { by: "task-group", label: leaf, under: above };
  if (role.kind === "field") {
    if (above !== undefined && TOTAL_LEAF.test(foldText(leaf))) return { by: "total-under", label: leaf, under: above };
    if (index.column(leaf) === role.field) return { by: "plan", label: leaf };
  }
  return { by: "built-in", label: leaf };
}
