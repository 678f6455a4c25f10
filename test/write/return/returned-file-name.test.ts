import { describe, expect, it } from "vitest";
import { returnedFileName } from "../../../src/write/return/returned-file-name.js";

describe("returnedFileName: a returned copy named after its agency", () => {
  it("keeps the Vietnamese name and replaces only what Windows refuses", () => {
    expect(returnedFileName("Sở Văn hóa, Thể thao và Du lịch", ".xlsx", new Set())).toBe("Sở Văn hóa, Thể thao và Du lịch.xlsx");
    expect(returnedFileName('Ban QL "Dự án" 1/2: KCN?', ".xlsx", new Set())).toBe("Ban QL -Dự án- 1-2- KCN-.xlsx");
    // NFD input (a macOS file name) comes out composed.
    expect(returnedFileName("So\u031B\u0309 Tư pháp", ".xlsx", new Set())).toBe("Sở Tư pháp.xlsx");
  });

  it("avoids device names, trailing dots and names already taken (without case)", () => {
    expect(returnedFileName("CON", ".xlsx", new Set())).toBe("_CON.xlsx");
    expect(returnedFileName("Hội Nông dân tỉnh. ", ".xlsm", new Set())).toBe("Hội Nông dân tỉnh.xlsm");
    expect(returnedFileName("Sở Y tế", ".xlsx", new Set(["sở y tế.xlsx", "Sở Y tế (2).xlsx"]))).toBe("Sở Y tế (3).xlsx");
    expect(returnedFileName("  ", ".xlsx", new Set())).toBe("don-vi.xlsx");
  });
});
