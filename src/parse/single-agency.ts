import type { PlanIndex } from "../plan/plan-index.js";
import { withoutReference } from "./build-tree.js";
import type { RowDraft } from "./parse-row.js";

/**
 * Whether a sheet's numbered rows are one agency's items under its task areas rather than agencies:
 * it has section rows (`I`, `II`) and rows coded `1`, `2` under them, no deeper code (`1.1`) that would
 * make those rows agencies heading their items, and none of them names an agency of the registry (seed
 * 002's Phụ lục: areas I–IV of Tỉnh ủy's plan, each numbering its tasks from 1).
 */
export function readsAsOneAgency(drafts: readonly RowDraft[], index: PlanIndex): boolean {
  // Most sheets have no section row: their rows are not looked up in the registry at all.
  if (!drafts.some((draft) => draft.code.kind === "section")) return false;
  let numbered = false;
  for (const draft of drafts) {
    const code = draft.code;
    if (code.kind === "path") {
      if (code.parts.length > 1 || index.agency(withoutReference(draft.name)) !== undefined) return false;
      numbered = true;
    }
  }
  return numbered;
}
