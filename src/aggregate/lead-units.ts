import { cleanText, foldText, squashSpaces } from "../data/text.js";
import type { PlanIndex } from "../plan/plan-index.js";

/**
 * Names the lead units (`Đơn vị chủ trì`) of one consolidation one way: the registry's official name
 * when a unit is an agency of the plan (`Sở VHTTDL` → `Sở Văn hóa, Thể thao và Du lịch`), else its
 * first spelling in the run, compared folded (case, diacritics and spacing aside), so that `Bảo tàng
 * tổng hợp tỉnh` and `Bảo tàng Tổng hợp  tỉnh` are one unit in every output and pivot.
 */
export class LeadUnits {
  private readonly names = new Map<string, string>();

  constructor(private readonly index: PlanIndex) {}

  /** The name of the unit `written` spells; `""` for none. */
  name(written: string): string {
    if (written === "") return "";
    const text = squashSpaces(cleanText(written));
    const key = foldText(text);
    if (key === "") return "";
    let name = this.names.get(key);
    if (name === undefined) {
      name = this.index.agency(text)?.name ?? text;
      this.names.set(key, name);
    }
    return name;
  }
}
