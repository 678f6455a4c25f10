import type { BudgetDiff, FigureChange, ItemSide } from "../aggregate/diff.js";
import { DIFF_SCHEMA_VERSION, UNIT } from "../schemas/constants.js";
import type { DiffDocument } from "../schemas/diff-schema.js";

function changeOf(change: FigureChange): DiffDocument["total"]["changes"][number] {
  return { period: change.period, source: change.source, before: change.before.toFixed(), after: change.after.toFixed(), change: change.change.toFixed() };
}

function sideOf(side: ItemSide | undefined): DiffDocument["agencies"][number]["items"][number]["before"] {
  if (!side) return null;
  return {
    code: side.code,
    name: side.name,
    source: side.source,
    total: side.total.toFixed(),
    file: side.cell.file,
    sheet: side.cell.sheet,
    cell: side.cell.cell ?? null,
  };
}

/**
 * The diff as its JSON document (`kind: "diff"`): the versions compared, the threshold, the grand
 * total's effect, and each agency with something listed, with its items listed and their changed
 * figures (those under the threshold left out). Amounts are exact decimal strings in triệu đồng.
 */
export function diffDocument(diff: BudgetDiff, versions: { readonly before: string; readonly after: string }): DiffDocument {
  return {
    kind: "diff",
    schemaVersion: DIFF_SCHEMA_VERSION,
    unit: UNIT,
    before: versions.before,
    after: versions.after,
    minimum: diff.minimum.toFixed(),
    changed: diff.changed,
    total: {
      before: diff.total.before.toFixed(),
      after: diff.total.after.toFixed(),
      change: diff.total.change.toFixed(),
      changes: diff.total.changes.map(changeOf),
    },
    agencies: diff.agencies
      .filter((agency) => agency.material)
      .map((agency) => ({
        agency: agency.name,
        status: agency.status,
        before: agency.before.toFixed(),
        after: agency.after.toFixed(),
        change: agency.change.toFixed(),
        changes: agency.changes.map(changeOf),
        items: agency.items
          .filter((item) => item.material)
          .map((item) => ({
            status: item.status,
            depth: item.depth,
            before: sideOf(item.before),
            after: sideOf(item.after),
            renamed: item.renamed,
            renumbered: item.renumbered,
            changes: item.listed.map(changeOf),
          })),
      })),
  };
}

/** The diff document (see `diffDocument`) as indented JSON text. */
export function diffAsJson(diff: BudgetDiff, versions: { readonly before: string; readonly after: string }): string {
  return `${JSON.stringify(diffDocument(diff, versions), null, 2)}\n`;
}
