// Transposed tables (years as rows, sources as columns) are refused with BC121, never read into a total.
import { describe, expect, it } from "vitest";
import { budget, tempFile } from "../cli/plan-cli-runner.js";
import { readFixture } from "../read/read-fixture.js";

describe("a transposed table", () => {
  it("seed 002's money by period and kind (10,4 + 28,1 + 66,25 tỷ đồng) as rows: refused, naming the column and the years", async () => {
    const read = await readFixture("fixtures/transposed/seed002-kinh-phi-cac-nam.csv");
    expect(read.submissions).toEqual([]);
    expect(read.total).toBe("0");
    expect(read.diagnostics).toEqual([
      expect.objectContaining({
        code: "BC121",
        severity: "error",
        cell: "B3",
        args: { years: "Năm 2024, Năm 2025, Giai đoạn 2026 - 2030", column: "Năm" },
      }),
    ]);
  });

  it("without an STT column: `Năm | NSTW | NSĐP | Tổng` is BC121, not `no header found`; the command fails in words", async () => {
    const file = tempFile(
      "nam-nguon.csv",
      "Nhu cầu vốn\nĐơn vị: triệu đồng\nNăm,NSTW,NSĐP,Tổng\n2021,100,50,150\n2022,120,60,180\n2023,130,70,200\n2024,140,80,220\n2025,150,90,240\n",
    );
    const { code, stdout, stderr } = await budget("totals", file, "--format", "json");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain('nam-nguon!A3: lỗi BC121 Bảng có năm theo dòng (cột "Năm": 2021, 2022, 2023, …)');
    expect(stderr).not.toContain("BC102");
  });

  it("a form whose tasks have a period column of years is read as it is", async () => {
    const file = tempFile(
      "thoi-gian.csv",
      "Đơn vị tính: triệu đồng\nSTT,Tên nhiệm vụ,Thời gian thực hiện,Tổng kinh phí\n1,Số hóa,2025,100\n2,Phần mềm,2026,50\n",
    );
    const read = await readFixture(file);
    expect(read.total).toBe("150");
    expect(read.diagnostics.map((d) => d.code)).not.toContain("BC121");
  });

  it("a list whose names are years under `Nội dung` is refused too (years as rows, whatever the label)", async () => {
    const file = tempFile(
      "noi-dung-nam.csv",
      "Đơn vị tính: triệu đồng\nSTT,Nội dung,Vốn NSTW,Vốn NSĐP,Tổng số\n1,Năm 2025 (ước thực hiện),10,5,15\n2,Năm 2026 (kế hoạch),20,5,25\n,Tổng cộng,30,10,40\n",
    );
    const read = await readFixture(file);
    expect(read.total).toBe("0");
    expect(read.diagnostics.map((d) => [d.code, d.cell, d.args?.years])).toEqual([["BC121", "B2", "Năm 2025 (ước thực hiện), Năm 2026 (kế hoạch)"]]);
  });

  it("is found above a note and a signature line, which carry no figures", async () => {
    const file = tempFile(
      "co-ghi-chu.csv",
      'Đơn vị tính: triệu đồng\nSTT,Năm,NSTW,NSĐP,Tổng cộng\n1,2024,100,50,150\n2,2025,120,60,180\n,Ghi chú: số liệu dự kiến,,,\n,"Quảng Ngãi, ngày 30 tháng 6 năm 2025",,,\n',
    );
    const read = await readFixture(file);
    expect(read.diagnostics.map((d) => [d.code, d.args?.years])).toEqual([["BC121", "2024, 2025"]]);
  });

  it("is not found when a row after the years is a task with figures: that table is read (and checked) as it is", async () => {
    const file = tempFile("nam-roi-viec.csv", "Đơn vị tính: triệu đồng\nSTT,Tên nhiệm vụ,Tổng kinh phí\n1,2024,100\n2,2025,120\n3,Số hóa hồ sơ,30\n");
    const read = await readFixture(file);
    expect(read.diagnostics.map((d) => d.code)).not.toContain("BC121");
    expect(read.total).toBe("250");
  });
});
