import { describe, expect, it } from "vitest";
import { defaultPlan } from "../../src/plan/load-plan.js";
import { PlanIndex } from "../../src/plan/plan-index.js";

const index = new PlanIndex(defaultPlan());

describe("the plan index of the default plan", () => {
  it("finds an agency by its official name or an alias, without diacritics or case", () => {
    expect(index.agency("Văn phòng Tỉnh ủy")).toEqual({ name: "Văn phòng Tỉnh ủy", section: "I", order: 0 });
    expect(index.agency("VPTU")).toEqual({ name: "Văn phòng Tỉnh ủy", section: "I", order: 0 });
    expect(index.agency("so khoa hoc va cong nghe")).toEqual({ name: "Sở Khoa học và Công nghệ", section: "II", order: 3 });
    expect(index.agency("SỞ KH&CN")).toEqual({ name: "Sở Khoa học và Công nghệ", section: "II", order: 3 });
    expect(index.agency("  Liên minh   HTX ")).toEqual({ name: "Liên minh Hợp tác xã", section: "II", order: 19 });
    expect(index.agency("Sở Du lịch")).toBeUndefined();
  });

  it("finds a funding source's code by its code, name or alias, and its place in the vocabulary", () => {
    expect(index.source("NS tỉnh")).toBe("NST");
    expect(index.source("ns tinh")).toBe("NST");
    expect(index.source("cdt")).toBe("CĐT");
    expect(index.source("Chi đầu tư phát triển")).toBe("CĐT");
    expect(index.source("Vốn vay ODA")).toBe("ODA");
    expect(index.source("NSX")).toBeUndefined();
    expect([index.sourceOrder("CĐT"), index.sourceOrder("NST"), index.sourceOrder("XHH"), index.sourceOrder("NST ")]).toEqual([0, 3, 7, undefined]);
    expect(index.sourceCount).toBe(8);
  });

  it("finds the field of a column by one of the plan's extra labels", () => {
    expect(index.column("STT")).toBe("code");
    expect(index.column("noi dung")).toBe("name");
    expect(index.column("Giai đoạn")).toBe("period");
    expect(index.column("Kinh phí (triệu đồng)")).toBe("amount");
    expect(index.column("Đơn vị chủ trì")).toBe("leadUnit");
    expect(index.column("Nguồn kinh phí")).toBe("fundingSource");
    expect(index.column("Ghi chú")).toBeUndefined();
  });

  it("holds the task groups and frameworks with their texts folded, in the plan's order", () => {
    expect(index.taskGroups.map((g) => g.key)).toEqual([
      "the_che",
      "ha_tang",
      "du_lieu",
      "nen_tang",
      "nhan_luc",
      "attt",
      "khac_kh02",
      "csdl_116",
      "khac_nq71",
      "khac_nq57",
    ]);
    expect(index.taskGroups[1]).toEqual({
      key: "ha_tang",
      framework: "KH02",
      spellings: ["nhom nhiem vu ha tang ky thuat cong nghe", "ha tang ky thuat cong nghe", "ha tang"],
    });
    expect(index.frameworks[2]).toEqual({
      key: "NQ57",
      synonyms: ["57-nq/tw", "57-nqtw", "nghi quyet so 57"],
      spellings: ["nghi quyet so 57-nq/tw", "57-nq/tw", "57-nqtw", "nghi quyet so 57"],
    });
  });

  it("lists the agency spellings that start with a folded word, in registry order", () => {
    expect(index.agencySpellingsFrom("chi").map((s) => [s.key, s.name])).toEqual([["chi cuc kiem lam", "Chi cục Kiểm lâm"]]);
    expect(index.agencySpellingsFrom("van").map((s) => s.key)).toEqual(["van phong tinh uy", "van phong ubnd tinh", "van phong uy ban nhan dan tinh"]);
    expect(index.agencySpellingsFrom("nowhere")).toEqual([]);
  });
});
