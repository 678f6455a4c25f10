import { describe, expect, it } from "vitest";
import { issuerOfTitle } from "../../src/parse/title-agency.js";
import { defaultPlan } from "../../src/plan/load-plan.js";
import { PlanIndex } from "../../src/plan/plan-index.js";

const index = new PlanIndex(defaultPlan());

describe("the issuer of the plan a title block names", () => {
  it("is who the plan is of, over two lines as seed 002 prints it, standing for the office that keeps its budget", () => {
    expect(
      issuerOfTitle(
        ["PHỤ LỤC", "(ban hành kèm theo Kế hoạch số 237-KH/TU ngày 12 tháng 12 năm 2023", "của Ban Thường vụ Tỉnh ủy Quảng Ngãi)", "Đơn vị tính: triệu đồng"],
        index,
      ),
    ).toEqual({ written: "Ban Thường vụ Tỉnh ủy Quảng Ngãi", agency: "Văn phòng Tỉnh ủy" });
    expect(issuerOfTitle(["(Kèm theo Quyết định số 5/QĐ-UBND của Ủy ban nhân dân tỉnh)"], index)).toEqual({
      written: "Ủy ban nhân dân tỉnh",
      agency: "Văn phòng UBND tỉnh",
    });
  });

  it("is a registry agency the issuer names, in capitals too", () => {
    expect(issuerOfTitle(["KẾ HOẠCH ỨNG DỤNG CÔNG NGHỆ THÔNG TIN CỦA SỞ VHTTDL"], index)).toEqual({
      written: "SỞ VHTTDL",
      agency: "Sở Văn hóa, Thể thao và Du lịch",
    });
  });

  it("is as written when the registry has nothing for it", () => {
    expect(issuerOfTitle(["Kế hoạch của Hội Luật gia tỉnh"], index)).toEqual({ written: "Hội Luật gia tỉnh", agency: undefined });
  });

  it("is none when no document is named before `của`", () => {
    expect(issuerOfTitle(["DANH MỤC NHIỆM VỤ CỦA CÁC CƠ QUAN, ĐƠN VỊ"], index)).toBeUndefined();
    expect(issuerOfTitle(["DANH MỤC NHIỆM VỤ"], index)).toBeUndefined();
  });
});
