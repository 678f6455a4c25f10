// Codes beyond `I › 1 › 1.1`: parts `A`, `B` above the Roman sections, Roman numerals under a numbered row,
// letters with and without `)`, bullets `-`, `+`, `*`; trees as cost estimates and plans write them.
import { describe, expect, it } from "vitest";
import type { AgencyBlock, BudgetRow } from "../../src/data/budget-row.js";
import { parseRowCode } from "../../src/parse/row-code.js";
import { tempFile } from "../cli/plan-cli-runner.js";
import { readFixture } from "../read/read-fixture.js";

function outline(rows: readonly BudgetRow[], depth = 0): string[] {
  return rows.flatMap((row) => [`${"  ".repeat(depth)}${row.code.text} ${row.amount?.value.toFixed() ?? ""}`, ...outline(row.children, depth + 1)]);
}

/** Each agency block as `section | name` and its item outline. */
function blocks(agencies: readonly AgencyBlock[]): Array<[string, string[]]> {
  return agencies.map((agency) => [`${agency.section ?? ""} | ${agency.row?.code.text ?? ""} ${agency.name}`, outline(agency.items)]);
}

const csv = (lines: readonly string[]) => `${lines.join("\n")}\n`;

describe("parseRowCode: parts, letters without a parenthesis, bullets", () => {
  it.each([
    ["A", { kind: "part", letter: "A" }],
    ["B.", { kind: "part", letter: "B" }],
    ["D)", { kind: "part", letter: "D" }],
    // A capital that is also a numeral stays a numeral: the tree decides `C` after `B`.
    ["C", { kind: "section", number: 100 }],
    ["V", { kind: "section", number: 5 }],
    ["a", { kind: "letter", letter: "a" }],
    ["b.", { kind: "letter", letter: "b" }],
    ["*", { kind: "bullet" }],
    ["AB", { kind: "malformed" }],
  ])("reads %j", (text, expected) => {
    expect(parseRowCode(text)).toMatchObject(expected);
  });
});

describe("trees with deep codes", () => {
  it("a cost estimate A › I › 1 › 1.1 › 1.1.1 › a › -, in đồng: 19.500.000 đồng = 19,5 triệu", async () => {
    const file = tempFile(
      "du-toan-sau.csv",
      csv([
        "DỰ TOÁN KINH PHÍ",
        "Đơn vị tính: đồng",
        "STT,Nội dung,ĐVT,Số lượng,Đơn giá,Thành tiền",
        ',Tổng cộng,,,,"19.500.000"',
        'A,Chi phí trực tiếp,,,,"17.500.000"',
        'I,Hội nghị,,,,"17.500.000"',
        '1,Chuẩn bị,,,,"17.500.000"',
        '1.1,Tài liệu,,,,"12.500.000"',
        '1.1.1,In ấn,,,,"12.500.000"',
        'a,Bìa,cuốn,100,"25.000","2.500.000"',
        'b,Ruột,cuốn,100,"100.000","10.000.000"',
        '1.2,Nước uống,,,,"5.000.000"',
        '-,Buổi sáng,người,100,"25.000","2.500.000"',
        '-,Buổi chiều,người,100,"25.000","2.500.000"',
        'B,Chi phí gián tiếp,,,,"2.000.000"',
        '1,Quản lý,lần,1,"2.000.000","2.000.000"',
      ]),
    );
    const read = await readFixture(file);
    expect(read.total).toBe("19.5");
    expect(read.diagnostics.filter((d) => d.code !== "BC406")).toEqual([]);
    expect(blocks(read.submissions[0]?.agencies ?? [])).toEqual([
      ["A.I | 1 Chuẩn bị", ["1.1 12.5", "  1.1.1 12.5", "    a 2.5", "    b 10", "1.2 5", "  - 2.5", "  - 2.5"]],
      ["B | 1 Quản lý", []],
    ]);
  });

  it("Roman numerals under an agency (1 › I › 1.1) group its items; no code is out of place", async () => {
    const file = tempFile(
      "la-ma-long.csv",
      csv([
        "Đơn vị tính: triệu đồng",
        "STT,Tên nhiệm vụ,Tổng kinh phí",
        "1,Sở Tư pháp,300",
        "I,Chi thường xuyên,100",
        "1.1,Số hóa tài liệu,60",
        "1.2,Phần mềm một cửa,40",
        "II,Chi đầu tư phát triển,200",
        "1.3,Trung tâm dữ liệu,200",
        "2,Sở Nội vụ,50",
        "2.1,Đào tạo,50",
        ",Tổng cộng,350",
      ]),
    );
    const read = await readFixture(file);
    expect(read.total).toBe("350");
    expect(read.diagnostics).toEqual([]);
    expect(blocks(read.submissions[0]?.agencies ?? [])).toEqual([
      [" | 1 Sở Tư pháp", ["I 100", "  1.1 60", "  1.2 40", "II 200", "  1.3 200"]],
      [" | 2 Sở Nội vụ", ["2.1 50"]],
    ]);
  });

  it("a section II after agency 1 (section I not written) is still a section when agencies follow it", async () => {
    const file = tempFile(
      "thieu-muc-i.csv",
      csv([
        "Đơn vị tính: triệu đồng",
        "STT,Tên nhiệm vụ,Tổng kinh phí",
        "1,Văn phòng Tỉnh ủy,100",
        "1.1,Số hóa,100",
        "II,Cơ quan chuyên môn,50",
        "2,Sở Nội vụ,50",
        "2.1,Đào tạo,50",
        ",Tổng cộng,150",
      ]),
    );
    const read = await readFixture(file);
    expect(read.total).toBe("150");
    expect(read.diagnostics).toEqual([]);
    expect(blocks(read.submissions[0]?.agencies ?? [])).toEqual([
      [" | 1 Văn phòng Tỉnh ủy", ["1.1 100"]],
      ["II | 2 Sở Nội vụ", ["2.1 50"]],
    ]);
  });

  it("parts A, B, C (C after B is a part, not the numeral 100) with a) b) items, total first", async () => {
    const file = tempFile(
      "ba-phan.csv",
      csv([
        "Đơn vị tính: triệu đồng",
        "STT,Nội dung,Kinh phí",
        ",Tổng cộng,60",
        "A,Khối tỉnh,10",
        "a),Hạ tầng,10",
        "B,Khối huyện,20",
        "a),Dữ liệu,20",
        "C,Khối xã,30",
        "a),Đào tạo,20",
        "b),Ứng dụng,10",
      ]),
    );
    const read = await readFixture(file);
    expect(read.total).toBe("60");
    expect(read.diagnostics.filter((d) => d.code !== "BC406")).toEqual([]);
    expect(blocks(read.submissions[0]?.agencies ?? []).map(([head, items]) => [head.split(" | ")[0], items])).toEqual([
      ["A", ["a) 10"]],
      ["B", ["a) 20"]],
      ["C", ["a) 20", "b) 10"]],
    ]);
  });

  it("a code that fits nowhere is placed by position and reported (BC302), the total unchanged", async () => {
    const file = tempFile(
      "ma-la.csv",
      csv(["Đơn vị tính: triệu đồng", "STT,Tên nhiệm vụ,Tổng kinh phí", "1,Sở Tư pháp,30", "1.1,Số hóa,10", "1.1a,Phần mềm,20", ",Tổng cộng,30"]),
    );
    const read = await readFixture(file);
    expect(read.total).toBe("30");
    expect(read.diagnostics.map((d) => [d.code, d.cell, d.actual])).toEqual([["BC302", "A5", "1.1a"]]);
    expect(blocks(read.submissions[0]?.agencies ?? [])).toEqual([[" | 1 Sở Tư pháp", ["1.1 10", "1.1a 20"]]]);
  });
});
