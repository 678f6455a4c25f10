import { describe, expect, it } from "vitest";
import { Money, sum } from "../../src/data/money.js";
import { consolidate, consolidatedRows } from "../../src/index.js";
import type { ConsolidatedRow } from "../../src/write/consolidated-rows.js";
import { consolidateHere, HOSTILE_TASKS, HYPERLINK, hostileFormBytes } from "./rows-forms.js";

function sumOf(rows: readonly ConsolidatedRow[], pick: (row: ConsolidatedRow) => Money | undefined): string {
  return sum(rows.map((row) => pick(row) ?? new Money(0))).toFixed();
}

describe("consolidatedRows", () => {
  it("lists the seed-000 forms in appendix order: 5 agencies, 14 items and sub-items, adding up to 148165 = 65562 + 82603", async () => {
    const rows = consolidatedRows(await consolidateHere(["fixtures/forms"]));
    expect(rows.periods).toEqual(["2025", "2026"]);
    expect(rows.groups).toEqual(["ha_tang", "du_lieu"]);
    expect(rows.total.toFixed()).toBe("148165");
    expect(rows.rows.map((r) => `${r.section} ${r.code} ${r.level}`)).toEqual([
      "I 1 agency",
      "I 1.1 item",
      "I 1.2 item",
      "I 1.3 item",
      "II 1 agency",
      "II 1.1 item",
      "II 1.2 item",
      "II 2 agency",
      "II 2.1 item",
      "II 2.2 item",
      "II 2.3 item",
      "II 2.4 item",
      "II 2.5 item",
      "II (1) sub-item",
      "II (2) sub-item",
      "II 3 agency",
      "II 3.1 item",
      "II 4 agency",
      "II 4.1 item",
    ]);
    const counted = rows.rows.filter((r) => r.inTotal);
    expect(counted).toHaveLength(13);
    expect(sumOf(counted, (r) => r.total)).toBe("148165");
    expect(sumOf(counted, (r) => r.byPeriod.get("2025"))).toBe("65562");
    expect(sumOf(counted, (r) => r.byPeriod.get("2026"))).toBe("82603");
    const agencies = rows.rows.filter((r) => r.level === "agency");
    expect(agencies.map((r) => [r.agency, r.total.toFixed()])).toEqual([
      ["Văn phòng Tỉnh ủy", "79000"],
      ["Sở Nội vụ", "39075"],
      ["Sở Khoa học và Công nghệ", "28000"],
      ["Sở Tư pháp", "1000"],
      ["Chi cục Kiểm lâm", "1090"],
    ]);
    expect(sumOf(agencies, (r) => r.total)).toBe("148165");
    expect(rows.rows.every((r) => r.total instanceof Money)).toBe(true);
  });

  it("keeps each row's original code, source cell, period, legal basis and task-group marks", async () => {
    const rows = consolidatedRows(await consolidateHere(["fixtures/forms"])).rows;
    const byCode = (section: string, code: string) => rows.find((r) => r.section === section && r.code === code);
    expect(byCode("II", "2.5")).toMatchObject({
      originalCode: "4,5",
      depth: 2,
      inTotal: false,
      period: "2025",
      file: "fixtures/forms/05-so-khoa-hoc-va-cong-nghe.xlsx",
      sheet: "Biểu mẫu",
      cell: "A14",
    });
    expect(byCode("II", "2.5")?.total.toFixed()).toBe("15000");
    expect(byCode("II", "(2)")).toMatchObject({
      level: "sub-item",
      depth: 3,
      originalCode: "(2)",
      inTotal: true,
      cell: "A16",
      agency: "Sở Khoa học và Công nghệ",
    });
    expect(byCode("II", "1")).toMatchObject({
      name: "Sở Nội vụ",
      originalCode: "3",
      legalBasis: "1690/SNV-VP ngày 28/6/2025",
      cell: "A9",
      file: "fixtures/forms/03-so-noi-vu.xlsx",
    });
    const task = byCode("II", "1.1");
    expect([task?.originalCode, task?.period, task?.groups.get("du_lieu")?.toString()]).toEqual(["3.1", "2025 - 2026", "31575"]);
    expect(byCode("I", "1.2")?.groups.get("ha_tang")).toBe("x");
    expect(byCode("II", "4.1")?.groups).toEqual(new Map([["ha_tang", "x"]]));
  });

  it("lists the seed-004 appendix: 28 items of CTX, NST (26838) and NSNN (25700), the lead unit and period of each", async () => {
    const rows = consolidatedRows(await consolidateHere(["fixtures/appendix"]));
    const [agency, ...items] = rows.rows;
    expect(agency).toMatchObject({
      level: "agency",
      section: "II",
      agency: "Sở Khoa học và Công nghệ",
      code: "1",
      originalCode: "",
      cell: undefined,
      sheet: "Phụ lục",
    });
    expect(items).toHaveLength(28);
    expect(items.every((r) => r.level === "item" && r.inTotal)).toBe(true);
    const byCombination = (combination: string) => items.filter((r) => r.combination === combination);
    expect([byCombination("CTX, NST").length, sumOf(byCombination("CTX, NST"), (r) => r.total)]).toEqual([26, "26838"]);
    expect([byCombination("NSNN").length, sumOf(byCombination("NSNN"), (r) => r.total)]).toEqual([2, "25700"]);
    expect(items[0]).toMatchObject({ code: "1.1", originalCode: "1", fundingSources: ["CTX", "NST"], period: "2025", leadUnit: "Phòng BCVT&CĐS", cell: "A7" });
    expect(items[27]).toMatchObject({ code: "1.28", originalCode: "28", fundingSources: ["NSNN"], period: "2024-2025", cell: "A34" });
    expect(items[27]?.total.toFixed()).toBe("11700");
    expect(rows.total.toFixed()).toBe("52538");
  });

  it("finds the same rows and source cells when the files are read in workers (the library's consolidatedRows)", async () => {
    const inWorkers = consolidatedRows(await consolidate(["fixtures/forms"], { workers: 2 }));
    const here = consolidatedRows(await consolidateHere(["fixtures/forms"]));
    const shown = (rows: typeof here) => rows.rows.map((r) => [r.code, r.total.toFixed(), r.file, r.sheet, r.cell]);
    expect(shown(inWorkers)).toEqual(shown(here));
    expect(inWorkers.rows.every((r) => r.file.startsWith("fixtures/forms/") && r.cell !== undefined)).toBe(true);
  });

  it("keeps hostile names as written and amounts exact (0.1 + 0.2 = 0.3; 123456789012.5 unrounded)", async () => {
    const rows = consolidatedRows(await consolidateHere([{ name: "hostile.xlsx", bytes: hostileFormBytes() }]));
    expect(rows.rows.map((r) => r.name)).toEqual([HYPERLINK, ...HOSTILE_TASKS.map(([name]) => name)]);
    expect(rows.rows.map((r) => r.total.toFixed())).toEqual(["123456789019.8", "0.1", "0.2", "123456789012.5", "7"]);
    expect(rows.rows[1]?.combination).toBe("CTX, NST");
    expect(rows.total.toFixed()).toBe("123456789019.8");
  });
});
