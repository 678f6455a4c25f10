import type { PlanIndex } from "../plan/plan-index.js";
import { withoutReference } from "./build-tree.js";
import type { RowDraft } from "./parse-row.js";
import { agencyFromTitle } from "./title-agency.js";

/**
 * Whether a sheet's numbered rows are one agency's items (under its task areas) rather than agencies:
 * none of its rows coded `1`, `2` names an agency of the registry, and either its title names the
 * agency it is from (`titled`: `KẾ HOẠCH … CỦA SỞ TƯ PHÁP`), or it has section rows (`I`, `II`) holding
 * those rows and no deeper code (`1.1`) that would make them agencies heading their items (seed 002's
 * Phụ lục: areas I–IV of Tỉnh ủy's plan, each numbering its tasks from 1). A sheet with neither
 * sections nor deeper codes reads its `1`, `2` rows as items already. When the title decides, a `1`
 * row that merely holds a registry agency's name (`Sở Tư pháp tỉnh Quảng Ngãi`) keeps the sheet's
 * agency rows: the title then names the form's own agency row.
 */
export function readsAsOneAgency(drafts: readonly RowDraft[], index: PlanIndex, titled: boolean): boolean {
  let sections = false;
  let deeper = false;
  for (const draft of drafts) {
    if (draft.code.kind === "section") sections = true;
    else if (draft.code.kind === "path" && draft.code.parts.length > 1) deeper = true;
  }
  // Most sheets are read the same either way: their rows are not looked up in the registry at all.
  if (!(titled ? sections || deeper : sections && !deeper)) return false;
  let numbered = false;
  for (const draft of drafts) {
    const code = draft.code;
    if (code.kind !== "path" || code.parts.length > 1) continue;
    const name = withoutReference(draft.name);
    if (index.agency(name) !== undefined || (titled && agencyFromTitle([name], index) !== undefined)) return false;
    numbered = true;
  }
  return numbered;
}
