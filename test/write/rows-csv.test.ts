import { describe, expect, it } from "vitest";
import { parseDelimited } from "../../src/read/text/delimited-text.js";
import { consolidatedRows } from "../../src/write/consolidated-rows.js";
import { FORMULA_START } from "../../src/write/csv-cell.js";
import { rowsAsCsv } from "../../src/write/rows-as-csv.js";
import { consolidateHere, hostileFormBytes } from "./rows-forms.js";

const HEAD = ["section", "agency", "code", "original_code", "level", "depth", "name", "total", "2025", "2026", "sources", "period", "legal_basis", "lead_unit"];

describe("rows as CSV", () => {
  it("writes one line per row: a column per year, one per marked task group, the source cell last", async () => {
    const result = await consolidateHere(["fixtures/forms"]);
    const records = parseDelimited(rowsAsCsv(consolidatedRows(result), result.plan.taskGroups), ",");
    expect(records[0]).toEqual([...HEAD, "KH02: Hạ tầng kỹ thuật, công nghệ", "KH02: Dữ liệu", "in_total", "file", "sheet", "cell"]);
    expect(records).toHaveLength(20);
    const file = "fixtures/forms/05-so-khoa-hoc-va-cong-nghe.xlsx";
    expect(records.find((r) => r[3] === "4,5")).toEqual([
      "II",
      "Sở Khoa học và Công nghệ",
      "2.5",
      "4,5",
      "item",
      "2",
      "Hệ thống phần mềm đặt lịch hẹn giải quyết TTHC online qua ứng dụng mobile (app), web; và Kiot cấp số tự động cho Trung tâm Phục vụ hành chính công các xã tỉnh Quảng Ngãi",
      "15000",
      "15000",
      "",
      "Không ghi nguồn",
      "2025",
      "",
      "",
      "",
      "",
      "false",
      file,
      "Biểu mẫu",
      "A14",
    ]);
    expect(records.find((r) => r[0] === "II" && r[2] === "1.1")?.slice(7, 17)).toEqual([
      "31575",
      "9472",
      "22103",
      "Không ghi nguồn",
      "2025 - 2026",
      "",
      "",
      "",
      "31575",
      "true",
    ]);
    expect(records.find((r) => r[0] === "I" && r[2] === "1.2")?.slice(14, 16)).toEqual(["x", ""]);
    const counted = records.slice(1).filter((r) => r[16] === "true");
    expect(counted.reduce((total, r) => total + BigInt(r[7] ?? "0"), 0n)).toBe(148165n);
    expect(counted.reduce((total, r) => total + BigInt(r[8] || "0"), 0n)).toBe(65562n);
    expect(counted.reduce((total, r) => total + BigInt(r[9] || "0"), 0n)).toBe(82603n);
  });

  it("gives the seed-004 appendix's 28 items with their funding sources and lead units", async () => {
    const result = await consolidateHere(["fixtures/appendix"]);
    const records = parseDelimited(rowsAsCsv(consolidatedRows(result), result.plan.taskGroups), ",");
    expect(records[0]).toEqual([...HEAD, "in_total", "file", "sheet", "cell"]);
    const items = records.filter((r) => r[4] === "item");
    expect(items).toHaveLength(28);
    expect(items.filter((r) => r[10] === "CTX, NST")).toHaveLength(26);
    expect(items.filter((r) => r[10] === "NSNN").map((r) => [r[7], r[11], r[13]])).toEqual([
      ["14000", "2024-2025", "Phòng BCVT&CĐS"],
      ["11700", "2024-2025", "Phòng BCVT&CĐS"],
    ]);
    expect(records[1]?.slice(-4)).toEqual(["false", "fixtures/appendix/seed004-skhcn-2025.xlsx", "Phụ lục", ""]);
  });

  it("neutralises every text field that could run as a formula, and leaves amounts exact", async () => {
    const result = await consolidateHere([{ name: "hostile.xlsx", bytes: hostileFormBytes() }]);
    const csv = rowsAsCsv(consolidatedRows(result), result.plan.taskGroups);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    const records = parseDelimited(csv, ",");
    for (const field of records.flat()) {
      if (/^-?\d+(\.\d+)?$/.test(field)) continue;
      expect(FORMULA_START.test(field), JSON.stringify(field)).toBe(false);
    }
    expect(records.slice(1).map((r) => [r[1], r[6], r[7], r[8]])).toEqual([
      ['\'=HYPERLINK("x")', '\'=HYPERLINK("x")', "123456789019.8", "123456789019.8"],
      ['\'=HYPERLINK("x")', '\'=HYPERLINK("x")', "0.1", "0.1"],
      ['\'=HYPERLINK("x")', "'+cmd|' /C calc'!A0", "0.2", "0.2"],
      ['\'=HYPERLINK("x")', "'-2+3", "123456789012.5", "123456789012.5"],
      ['\'=HYPERLINK("x")', "'@SUM(1)", "7", "7"],
    ]);
  });
});
