import type { BudgetRow } from "../data/budget-row.js";
import type { Finding } from "../data/diagnostic.js";
import { type Money, sum } from "../data/money.js";
import { allRows, everyItem, rowLocation } from "./rows.js";
import type { SubmissionContext } from "./rule.js";

/**
 * BC215: where an item writes amounts (not `x`) in the task-group columns of one framework, they add
 * up to the item's total. A framework whose marks mix `x` and amounts is left alone: the `x` takes
 * whatever the amounts leave.
 */
export function* groupsNotTotal({ submission, plan }: SubmissionContext): Iterable<Finding> {
  const frameworkOf = new Map(plan.taskGroups.map((group) => [group.key, group.framework]));
  const labelOf = new Map(plan.frameworks.map((framework) => [framework.key, framework.label]));
  for (const row of everyItem(submission)) {
    const total = row.amount ?? row.recurrentTotal;
    if (!total) continue;
    const byFramework = new Map<string, { x: boolean; amounts: { cell: string; value: Money }[] }>();
    for (const [key, mark] of row.groups) {
      const framework = frameworkOf.get(key) ?? "";
      const marks = byFramework.get(framework) ?? { x: false, amounts: [] };
      if (mark.kind === "x") marks.x = true;
      else marks.amounts.push({ cell: mark.amount.cell, value: mark.amount.value });
      byFramework.set(framework, marks);
    }
    for (const [framework, marks] of byFramework) {
      const first = marks.amounts[0];
      if (marks.x || !first) continue;
      const groups = sum(marks.amounts.map((amount) => amount.value));
      if (groups.equals(total.value)) continue;
      yield {
        code: "BC215",
        ...rowLocation(submission, row, first.cell),
        expected: total.value.toFixed(),
        actual: groups.toFixed(),
        args: { framework: labelOf.get(framework) ?? framework },
      };
    }
  }
}

/**
 * BC403: on a form with task-group columns, every item is marked in at least one of them, itself or
 * through one of its sub-items.
 */
export function* itemWithoutGroup({ submission }: SubmissionContext): Iterable<Finding> {
  if (submission.groupColumns.length === 0) return;
  for (const agency of submission.agencies) {
    for (const item of agency.items) {
      if (!hasGroup(item)) yield { code: "BC403", ...rowLocation(submission, item) };
    }
  }
}

function hasGroup(item: BudgetRow): boolean {
  for (const row of allRows([item])) if (row.groups.size > 0) return true;
  return false;
}
