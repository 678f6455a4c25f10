import { describe, expect, it } from "vitest";
import { RowsDocumentSchema } from "../../src/schemas/rows.js";
import { consolidatedRows } from "../../src/write/consolidated-rows.js";
import { rowsAsJson, rowsDocument } from "../../src/write/rows-as-json.js";
import { consolidateHere, HYPERLINK, hostileFormBytes } from "./rows-forms.js";

describe("rows as JSON", () => {
  it("is a rows document its schema accepts whole, with exact amount strings and the source of every row", async () => {
    const document = rowsDocument(consolidatedRows(await consolidateHere(["fixtures/forms"])));
    const parsed = RowsDocumentSchema.safeParse(JSON.parse(JSON.stringify(document)));
    expect(parsed.success).toBe(true);
    expect(parsed.data).toEqual(JSON.parse(JSON.stringify(document)));
    expect(document).toMatchObject({
      kind: "rows",
      schemaVersion: 1,
      unit: "triệu đồng",
      years: [2025, 2026],
      periods: ["2025", "2026"],
      groups: ["ha_tang", "du_lieu"],
      total: "148165",
    });
    expect(document.rows).toHaveLength(19);
    expect(document.rows.find((r) => r.code === "2.5")).toEqual({
      section: "II",
      agency: "Sở Khoa học và Công nghệ",
      code: "2.5",
      originalCode: "4,5",
      level: "item",
      depth: 2,
      name: "Hệ thống phần mềm đặt lịch hẹn giải quyết TTHC online qua ứng dụng mobile (app), web; và Kiot cấp số tự động cho Trung tâm Phục vụ hành chính công các xã tỉnh Quảng Ngãi",
      total: "15000",
      byYear: { "2025": "15000" },
      byPeriod: { "2025": "15000" },
      sources: [],
      combination: "",
      period: "2025",
      legalBasis: "",
      leadUnit: "",
      groups: {},
      inTotal: false,
      file: "fixtures/forms/05-so-khoa-hoc-va-cong-nghe.xlsx",
      sheet: "Biểu mẫu",
      cell: "A14",
    });
    expect(document.rows.find((r) => r.code === "1.3" && r.section === "I")).toMatchObject({
      byYear: { "2025": "10000", "2026": "40000" },
      groups: { du_lieu: "x" },
    });
    expect(document.rows.find((r) => r.code === "1.1" && r.section === "II")?.groups).toEqual({ du_lieu: "31575" });
    expect(document.rows[0]).toMatchObject({ level: "agency", cell: "A9", legalBasis: "2896-CV/VPTU ngày 30/6/2025", inTotal: false });
  });

  it("gives the seed-004 appendix's 28 items with their sources, and null for the cell of an agency without a row", async () => {
    const document = rowsDocument(consolidatedRows(await consolidateHere(["fixtures/appendix"])));
    expect(document.total).toBe("52538");
    expect(document.rows[0]).toMatchObject({ level: "agency", cell: null, originalCode: "" });
    expect(document.rows.slice(1).map((r) => r.combination)).toEqual([...Array<string>(26).fill("CTX, NST"), "NSNN", "NSNN"]);
    expect(document.rows[27]).toMatchObject({ code: "1.27", sources: ["NSNN"], total: "14000", byYear: { "2025": "14000" }, leadUnit: "Phòng BCVT&CĐS" });
  });

  it("keeps hostile text exactly and amounts as exact decimal strings", async () => {
    const text = rowsAsJson(consolidatedRows(await consolidateHere([{ name: "hostile.xlsx", bytes: hostileFormBytes() }])));
    const document = RowsDocumentSchema.parse(JSON.parse(text));
    expect(document.rows.map((r) => [r.name, r.total])).toEqual([
      [HYPERLINK, "123456789019.8"],
      [HYPERLINK, "0.1"],
      ["+cmd|' /C calc'!A0", "0.2"],
      ["-2+3", "123456789012.5"],
      ["@SUM(1)", "7"],
    ]);
    expect(document.rows[0]?.agency).toBe(HYPERLINK);
    expect(text).toContain('"name": "=HYPERLINK(\\"x\\")"');
  });
});
