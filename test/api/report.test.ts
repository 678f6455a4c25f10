import { describe, expect, it } from "vitest";
import { report, reportHtml } from "../../src/index.js";

describe("report (library)", () => {
  it("cuts the run of fixtures/forms by agency, year, source and group, each adding up to 148.165", async () => {
    const result = await report(["fixtures/forms"]);
    const { report: page } = result;
    expect([page.total.toFixed(), page.agencies, page.files, page.errors, page.warnings]).toEqual(["148165", 5, 5, 0, 8]);
    expect(page.byPeriod.map((s) => [s.label, s.amount.toFixed()])).toEqual([
      ["2025", "65562"],
      ["2026", "82603"],
    ]);
    expect(page.byAgency.slices.map((s) => [s.label, s.amount.toFixed()])).toEqual([
      ["Văn phòng Tỉnh ủy", "79000"],
      ["Sở Nội vụ", "39075"],
      ["Sở Khoa học và Công nghệ", "28000"],
      ["Sở Tư pháp", "1000"],
      ["Chi cục Kiểm lâm", "1090"],
    ]);
    expect(page.byAgency.others).toBeUndefined();
    expect(page.byGroup.map((s) => [s.label, s.stated, s.amount.toFixed()])).toEqual([
      ["KH02: Hạ tầng kỹ thuật, công nghệ", true, "15090"],
      ["KH02: Dữ liệu", true, "89075"],
      ["Chưa phân nhóm", false, "44000"],
    ]);
    expect(page.bySource.map((s) => [s.stated, s.amount.toFixed()])).toEqual([[false, "148165"]]);
    expect(page.fileAgencies.get("fixtures/forms/04-so-tu-phap.xlsx")).toEqual(["Sở Tư pháp"]);
    expect(page.roster.summary.submitted).toBe(5);
    const html = await reportHtml(result, { lang: "en" });
    expect(html).toContain('<dd id="figure-total">148,165</dd>');
  });
});
