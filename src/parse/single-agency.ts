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
  let sections = false;
  let numbered = false;
  for (const draft of drafts) {
    const code = draft.code;
    if (code.kind === "section") sections = true;
    else if (code.kind === "path") {
      if (code.parts.length > 1 || index.agency(withoutReference(draft.name)) !== undefined) return false;
      numbered = true;
    }
  }
  return sections && numbered;
}
