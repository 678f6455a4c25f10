// Number text with English separators (`2,615,000`) where a file writes it so: the convention is decided per
// file and per column, and a mix is reported (BC220), never guessed.
import { describe, expect, it } from "vitest";
import { tempFile } from "../cli/plan-cli-runner.js";
import { readFixture } from "../read/read-fixture.js";

describe("English separators", () => {
  it("reads a contract list written with English separators (Hàm Thuận Nam, 6 contracts): 89,066,706 đồng", async () => {
    const read = await readFixture("fixtures/numbers/ham-thuan-nam-hop-dong-tu-van.csv");
    // 13,004,736 + 24,742,800 + 14,021,580 + 7,688,685 + 13,540,000 + 16,068,905 đồng, added by hand.
    expect(read.total).toBe("89.066706");
    const items = read.submissions[0]?.agencies[0]?.items ?? [];
    expect(items.map((item) => item.amount?.value.toFixed())).toEqual(["13.004736", "24.7428", "14.02158", "7.688685", "13.54", "16.068905"]);
    expect(read.diagnostics.filter((d) => d.code === "BC203" || d.code === "BC220" || d.code === "BC201")).toEqual([]);
  });

  it("decides per column: `60,000` is sixty thousand beside `2,615,000`, `1.500` is 1500 beside `1.234.567`", async () => {
    const file = tempFile(
      "theo-cot.csv",
      [
        "Đơn vị tính: đồng",
        "STT,Tên nhiệm vụ,Tổng kinh phí,2025,2026",
        '1,Thuê đường truyền,"2,615,000","1.234.567","1.380.433"',
        '2,Bảo trì,"60,000","58.500","1.500"',
      ].join("\n"),
    );
    const read = await readFixture(file);
    const items = read.submissions[0]?.agencies[0]?.items ?? [];
    expect(items.map((item) => [item.amount?.value.toFixed(), ...[...item.periods.values()].map((year) => year.value.toFixed())])).toEqual([
      ["2.615", "1.234567", "1.380433"],
      ["0.06", "0.0585", "0.0015"],
    ]);
    expect(read.total).toBe("2.675");
    // Each column is one-sided, but two columns differ: reported once, naming both, at the English cell.
    expect(read.diagnostics.filter((d) => d.code === "BC220")).toEqual([
      expect.objectContaining({
        severity: "warning",
        cell: "C3",
        args: { column: '"2025", "Tổng kinh phí"', viText: "1.234.567", viCell: "D3", enText: "2,615,000", enCell: "C3" },
      }),
    ]);
    expect(read.diagnostics.filter((d) => d.code === "BC203")).toEqual([]);
  });

  it("a column written both ways is a finding, and its text that reads two ways is not guessed (BC203)", async () => {
    const file = tempFile(
      "tron-lan.csv",
      ["Đơn vị tính: đồng", "STT,Tên nhiệm vụ,Tổng kinh phí", '1,Thuê đường truyền,"2,615,000"', '2,Bảo trì,"1.234.567"', '3,Đào tạo,"60,000"'].join("\n"),
    );
    const read = await readFixture(file);
    expect(read.diagnostics.filter((d) => d.code === "BC220" || d.code === "BC203").map((d) => [d.code, d.cell])).toEqual([
      ["BC220", "C3"],
      ["BC203", "C5"],
    ]);
    expect(read.diagnostics.find((d) => d.code === "BC220")?.args).toEqual({
      column: '"Tổng kinh phí"',
      viText: "1.234.567",
      viCell: "C4",
      enText: "2,615,000",
      enCell: "C3",
    });
  });
});
