import { describe, expect, it } from "vitest";
import { newestFirst, versionRank } from "../../src/aggregate/file-versions.js";

describe("versionRank: the version a file's name gives", () => {
  it.each([
    ["de-xuat/04-so-tu-phap.xlsx", 1],
    ["04-so-tu-phap-v1.xlsx", 1],
    ["04-so-tu-phap-v2.xlsx", 2],
    ["04_so_tu_phap_V3.xlsx", 3],
    ["Sở Tư pháp (lần 2).xlsx", 2],
    ["So Tu phap lan2.xls", 2],
    ["Sở Tư pháp LẦN 4.ods", 4],
    ["Sở Tư pháp bổ sung.xlsx", 2],
    ["SO TU PHAP BO SUNG.csv", 2],
    ["so-tu-phap-bosung.xlsx", 2],
    ["Sở Tư pháp bổ sung lần 3.xlsx", 3],
    ["Sở Tư pháp v2 bổ sung.xlsx", 2],
    // A mark counts only as a word of its own, and only in the file's own name.
    ["de-xuat-2025v2.xlsx", 1],
    ["Sở Tư pháp lần cuối.xlsx", 1],
    ["v2/so-tu-phap.xlsx", 1],
    ["C:\\de xuat\\lan 2\\so-tu-phap.xlsx", 1],
    ["so-tu-phap.v2", 1],
  ])("%s → %i", (name, rank) => {
    expect(versionRank(name)).toBe(rank);
  });
});

describe("newestFirst: which of an agency's files counts", () => {
  const at = (hours: number, ms = 0) => new Date(2025, 6, 10, hours, 0, 0, ms);

  it("the latest modification time first, whatever the names and the order", () => {
    const { ordered, by } = newestFirst([
      { file: "b-v3.xlsx", time: at(9) },
      { file: "a.xlsx", time: at(11) },
      { file: "c-v2.xlsx", time: at(10) },
    ]);
    expect([ordered.map((c) => c.file), by]).toEqual([["a.xlsx", "c-v2.xlsx", "b-v3.xlsx"], "time"]);
  });

  it("times under 2 s apart are the same: the name's mark decides, then the later input", () => {
    const { ordered, by } = newestFirst([
      { file: "so-v2.xlsx", time: at(10, 0) },
      { file: "so.xlsx", time: at(10, 1999) },
      { file: "so-sua.xlsx", time: at(10, 1500) },
    ]);
    expect([ordered.map((c) => c.file), by]).toEqual([["so-v2.xlsx", "so-sua.xlsx", "so.xlsx"], "name"]);
    expect(
      newestFirst([
        { file: "so-v2.xlsx", time: at(10, 0) },
        { file: "so.xlsx", time: at(10, 2000) },
      ]).by,
    ).toBe("time");
  });

  it("a file without a time (given in memory) leaves it to the names, then the input order", () => {
    expect(
      newestFirst([
        { file: "so-bo-sung.xlsx", time: undefined },
        { file: "so.xlsx", time: at(12) },
      ]),
    ).toMatchObject({
      ordered: [{ file: "so-bo-sung.xlsx" }, { file: "so.xlsx" }],
      by: "name",
    });
    expect(
      newestFirst([
        { file: "so.xlsx", time: undefined },
        { file: "so-sua.xlsx", time: undefined },
      ]),
    ).toMatchObject({
      ordered: [{ file: "so-sua.xlsx" }, { file: "so.xlsx" }],
      by: "order",
    });
  });
});
