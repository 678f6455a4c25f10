import { describe, expect, it } from "vitest";
import { foldText } from "../../src/data/text.js";
import { classifyColumn } from "../../src/layout/columns.js";
import { foldDocumentNumbers } from "../../src/layout/document-number.js";
import { defaultPlan } from "../../src/plan/load-plan.js";
import { PlanIndex } from "../../src/plan/plan-index.js";

const fold = (text: string) => foldDocumentNumbers(foldText(text));

describe("document numbers compared without their punctuation", () => {
  it.each([
    ["Nghị quyết số 57-NQ/TW", "nghi quyet so 57nqtw"],
    ["Nghị quyết số 57-NQTW", "nghi quyet so 57nqtw"],
    ["Nghị quyết số 57/NQ-TW", "nghi quyet so 57nqtw"],
    ["Nghị quyết số 57 NQ TW", "nghi quyet so 57nqtw"],
    ["Kế hoạch số 02/KH-BCĐTW ngày 19/6/2025", "ke hoach so 02khbcdtw ngay 19/6/2025"],
    ["Nghị định 123/2025/NĐ-CP", "nghi dinh 123/2025ndcp"],
    ["Quyết định số 2171/QĐ-TTg", "quyet dinh so 2171qdttg"],
    // Not document numbers: a count of databases, a date, a year.
    ["116 CSDL quốc gia", "116 csdl quoc gia"],
    ["ngày 01/4/2025", "ngay 01/4/2025"],
  ])("`%s` → `%s`", (text, folded) => {
    expect(fold(text)).toBe(folded);
  });

  it("reads the official form's column S (`… 57-NQTW`) as the NQ 57 group, and NQ 71's as NQ 71's", () => {
    const index = new PlanIndex(defaultPlan());
    const band = "Dự án/ nhiệm vụ phù hợp với chủ trương, định hướng, chiến lược";
    const group = (framework: string, leaf: string) => classifyColumn([band, framework, leaf], index);
    expect(group("Nghị quyết số 57-NQ/TW", "Nhóm nhiệm vụ khác phù hợp với chủ trương, định hướng, chiến lược tại Nghị quyết số 57-NQTW")).toEqual({
      kind: "group",
      key: "khac_nq57",
    });
    expect(group("Nghị quyết số 57-NQ/TW", "Khác")).toEqual({ kind: "group", key: "khac_nq57" });
    expect(
      group("Nghị quyết số 71/NQ-CP ngày 01/4/2025", "Nhóm nhiệm vụ khác phù hợp với chủ trương, định hướng, chiến lược tại Nghị quyết số 71/NQ-CP"),
    ).toEqual({
      kind: "group",
      key: "khac_nq71",
    });
  });
});
