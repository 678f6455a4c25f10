import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { budget, tempFolder } from "../cli/plan-cli-runner.js";

const SEED003 = "fixtures/plans/seed003-table-vii.xlsx";

interface RowJson {
  readonly code: string;
  readonly originalCode: string;
  readonly level: string;
  readonly depth: number;
  readonly name: string;
  readonly total: string;
  readonly inTotal: boolean;
  readonly leadUnit: string;
  readonly cell: string | null;
}

/** `consolidate --rows rows.json` on the inputs: the rows, the check report's codes and cells. */
async function consolidated(...inputs: string[]): Promise<{ rows: RowJson[]; total: string; findings: string[] }> {
  const folder = tempFolder();
  const rowsFile = join(folder, "rows.json");
  await budget("consolidate", ...inputs, "-o", join(folder, "phu-luc.xlsx"), "--rows", rowsFile, "--format", "none");
  const document = JSON.parse(readFileSync(rowsFile, "utf8")) as { total: string; rows: RowJson[] };
  const check = await budget("check", ...inputs, "--format", "json");
  const report = JSON.parse(check.stdout) as { diagnostics: Array<{ code: string; cell?: string }> };
  return { rows: document.rows, total: document.total, findings: report.diagnostics.map((d) => `${d.code} ${d.cell ?? ""}`.trim()) };
}

describe("sub-rows without a code under an item (seed 003, table VII, item 7)", () => {
  it("reads item 7's four sub-rows as its children, siblings, and the table's total as printed: 27.800", async () => {
    const { rows, total, findings } = await consolidated(SEED003);
    expect(total).toBe("27800");
    // No false BC212 on the subtotals, no BC302 on the sub-rows: their TT is item 7's, merged down.
    expect(findings.filter((f) => /^BC(212|302)/.test(f))).toEqual([]);
    const item7 = rows.findIndex((row) => row.originalCode === "7");
    expect(rows.slice(item7, item7 + 5).map((row) => [row.code, row.depth, row.name, row.total, row.inTotal, row.cell])).toEqual([
      ["1.7", 2, "Đầu tư trang thiết bị phục vụ cho hoạt động bảo tàng", "4000", false, "A10"],
      ["1.7.1", 3, "Trang bị màn hình cảm ứng thuyết minh cho hiện vật", "800", true, "A10"],
      ["1.7.2", 3, "Phòng công nghệ 3D", "3000", true, "A11"],
      ["1.7.3", 3, "Xây dựng mã QR cho hiện vật", "50", true, "A12"],
      ["1.7.4", 3, "Xây dựng mã định danh cho di tích cấp quốc gia", "150", true, "A13"],
    ]);
    expect(rows[item7 + 5]?.originalCode).toBe("8");
    // The lead unit is merged down over the sub-rows with the TT: each is Bảo tàng tổng hợp tỉnh's.
    expect(new Set(rows.slice(item7, item7 + 5).map((row) => row.leadUnit))).toEqual(new Set(["Bảo tàng tổng hợp tỉnh"]));
  });

  it("reads the same table with the merges lost (a CSV export): the same sub-rows and total", async () => {
    const folder = tempFolder();
    const csv = join(folder, "table-vii.csv");
    writeFileSync(
      csv,
      [
        "VII. Danh mục, nhiệm vụ, dự án năm 2021 - 2025",
        ",,,,,,ĐVT: triệu đồng",
        'TT,"Danh mục nhiệm vụ, dự án",Đơn vị chủ trì,Mục tiêu đầu tư,Thời gian triển khai,Tổng mức dự kiến,Nguồn vốn',
        '6,Cổng thông tin điện tử Bảo tàng tổng hợp tỉnh,Bảo tàng tổng hợp tỉnh,"Đăng tải thông tin, văn bản",2021-2025,300,Chi thường xuyên',
        "7,Đầu tư trang thiết bị phục vụ cho hoạt động bảo tàng,Bảo tàng tổng hợp tỉnh,Trang bị màn hình cảm ứng thuyết minh cho hiện vật,2021-2025,800,Chi thường xuyên",
        ",,,Phòng công nghệ 3D,2021-2025,3000,Chi thường xuyên",
        ",,,Xây dựng mã QR cho hiện vật,2021-2025,50,Chi thường xuyên",
        ",,,Xây dựng mã định danh cho di tích cấp quốc gia,2021-2025,150,Chi thường xuyên",
        "8,Số hóa ngành du lịch theo Quyết định 147/QĐ-TTg,Sở VHTTDL,Ứng dụng công nghệ số hóa ngành du lịch,2021 - 2025,15.000,Chi thường xuyên",
        "",
      ].join("\r\n"),
    );
    const { rows, total, findings } = await consolidated(csv);
    expect(total).toBe("19300");
    expect(findings.filter((f) => /^BC(212|302)/.test(f))).toEqual([]);
    expect(rows.filter((row) => row.depth >= 2).map((row) => [row.code, row.depth, row.total])).toEqual([
      ["1.1", 2, "300"],
      ["1.2", 2, "4000"],
      ["1.2.1", 3, "800"],
      ["1.2.2", 3, "3000"],
      ["1.2.3", 3, "50"],
      ["1.2.4", 3, "150"],
      ["1.3", 2, "15000"],
    ]);
  });

  it("places named rows with a blank TT under the item above as siblings, each still noted (BC302)", async () => {
    const folder = tempFolder();
    const csv = join(folder, "blank-tt.csv");
    writeFileSync(
      csv,
      [
        "DANH MỤC NHIỆM VỤ",
        ",,Đơn vị tính: triệu đồng",
        "TT,Nội dung,Kinh phí",
        "1,Đầu tư trang thiết bị,4000",
        ",Màn hình cảm ứng,800",
        ",Phòng công nghệ 3D,3000",
        ",Mã QR,50",
        ",Mã định danh,150",
        "2,Số hóa ngành du lịch,15000",
        "",
      ].join("\r\n"),
    );
    const { rows, total, findings } = await consolidated(csv);
    expect(total).toBe("19000");
    expect(findings.filter((f) => /^BC(212|302)/.test(f))).toEqual(["BC302 A5", "BC302 A6", "BC302 A7", "BC302 A8"]);
    expect(rows.filter((row) => row.depth >= 2).map((row) => [row.code, row.depth, row.name, row.total])).toEqual([
      ["1.1", 2, "Đầu tư trang thiết bị", "4000"],
      ["1.1.1", 3, "Màn hình cảm ứng", "800"],
      ["1.1.2", 3, "Phòng công nghệ 3D", "3000"],
      ["1.1.3", 3, "Mã QR", "50"],
      ["1.1.4", 3, "Mã định danh", "150"],
      ["1.2", 2, "Số hóa ngành du lịch", "15000"],
    ]);
  });
});
