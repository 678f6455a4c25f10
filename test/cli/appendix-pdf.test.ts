import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { poppler } from "../support/libreoffice.js";
import { budget, budgetWith, tempFile, tempFolder } from "./plan-cli-runner.js";

const FORMS = "fixtures/forms";

/** The text of a PDF (or of its pages `first`…`last`) as `pdftotext -layout` lays it out. */
function pdfText(file: string, first?: number, last?: number): string {
  const pages = first === undefined ? [] : ["-f", String(first), "-l", String(last ?? first)];
  return execFileSync("pdftotext", ["-layout", ...pages, file, "-"], { encoding: "utf8" });
}

/** `pdfinfo`'s fields of a PDF, by name. */
function pdfInfo(file: string): Map<string, string> {
  const text = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  return new Map(text.split("\n").flatMap((line) => (/^([^:]+):\s+(.*)$/u.exec(line) ? [[line.split(":")[0] ?? "", line.replace(/^[^:]+:\s+/u, "")]] : [])));
}

/** The PDF appendix of one agency (Sở Tư pháp) with one task named `name`, 1.500 = 1.000 + 500. */
async function pdfOfOneTask(name: string): Promise<string> {
  const form = tempFile(
    "so-tu-phap.csv",
    [
      '"BIỂU MẪU ĐỀ XUẤT DỰ ÁN, NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2025-2026",,,,',
      ",,Đơn vị tính: triệu đồng,,",
      "STT,TÊN DỰ ÁN/NHIỆM VỤ,Tổng kinh phí,Trong đó,",
      ",,,2025,2026",
      "1,Sở Tư pháp,1.500,1.000,500",
      `1.1,${name},1.500,1.000,500`,
      ",Tổng cộng,1.500,1.000,500",
    ].join("\n"),
  );
  const pdf = join(tempFolder(), "phu-luc.pdf");
  const result = await budget("consolidate", form, "-o", pdf, "--format", "none");
  expect(result.code).toBe(0);
  return pdf;
}

describe.skipIf(!poppler)(poppler ? "consolidate -o phu-luc.pdf, --pdf" : "appendix PDF (skipped: poppler-utils missing)", () => {
  it("writes the appendix of fixtures/forms as an A4 landscape PDF with every figure, the words and the signature block", async () => {
    const folder = tempFolder();
    const pdf = join(folder, "phu-luc.pdf");
    const result = await budget("consolidate", FORMS, "-o", pdf, "--format", "none");
    expect([result.code, result.stderr.split("\n").at(-2)]).toEqual([0, `Đã ghi ${pdf}.`]);
    // -o names a PDF: the PDF instead of the workbook, nothing else.
    expect(readdirSync(folder)).toEqual(["phu-luc.pdf"]);

    const info = pdfInfo(pdf);
    expect(info.get("Pages")).toBe("3");
    expect(info.get("Page size")).toBe("841.89 x 595.28 pts (A4)");
    expect(info.get("CreationDate")).toBe("Sat Jan  1 00:00:00 2000 UTC");

    const text = pdfText(pdf);
    // The grand total and each year's, each section's and each agency's total, as the workbook has them.
    for (const figure of ["148.165", "65.562", "82.603", "79.000", "39.000", "40.000", "69.165", "26.562", "42.603", "39.075", "9.472", "29.603"])
      expect(text).toContain(figure);
    expect(text).toMatch(/Văn phòng Tỉnh ủy\s+79\.000\s+39\.000\s+40\.000/u);
    expect(text).toMatch(/Sở Khoa học và Công nghệ\s+28\.000\s+16\.000\s+12\.000/u);
    expect(text).toMatch(/Sở Tư pháp\s+1\.000\s+-\s+1\.000/u);
    expect(text).toMatch(/Chi cục Kiểm lâm\s+1\.090\s+1\.090\s+-/u);
    expect(text).toMatch(/TỔNG\s+148\.165\s+65\.562\s+82\.603/u);
    expect(text).toContain("Bằng chữ: Một trăm bốn mươi tám tỷ, một trăm sáu mươi lăm triệu đồng");
    expect(text).toContain("TỔNG HỢP NHIỆM VỤ CHUYỂN ĐỔI SỐ VÀ KINH PHÍ NĂM 2025 – 2026");
    expect(text).toMatch(/\(Kèm theo Kế hoạch số\s+\/KH-UBND ngày\s+của UBND tỉnh Quảng Ngãi\)/u);
    expect(text).toContain("Đơn vị tính: triệu đồng");
    expect(text).toContain("Quảng Ngãi, ngày … tháng … năm …");
    expect(text).toMatch(/Người lập biểu\s+Thủ trưởng đơn vị/u);

    // Every page numbered out of the whole, with the table's header; TỔNG goes over with the words and the signatures.
    for (const page of [1, 2, 3]) {
      expect(pdfText(pdf, page)).toMatch(new RegExp(`Trang ${page}/3\\s*$`, "u"));
      expect(pdfText(pdf, page)).toMatch(/TT\s+Cơ quan, đơn vị \/ Nội dung[\s\S]*Năm 2025\s+Năm 2026/u);
    }
    expect(pdfText(pdf, 1)).toContain("TỔNG HỢP NHIỆM VỤ");
    expect(pdfText(pdf, 2)).not.toContain("TỔNG HỢP NHIỆM VỤ");
    expect(pdfText(pdf, 2)).toMatch(/Chi cục Kiểm lâm\s+1\.090/u);
    expect(pdfText(pdf, 3)).toMatch(/TỔNG\s+148\.165[\s\S]*Bằng chữ[\s\S]*Quảng Ngãi, ngày[\s\S]*Thủ trưởng đơn vị/u);
  });

  it("--pdf writes the PDF beside the workbook; the same inputs and SOURCE_DATE_EPOCH give the same bytes", async () => {
    const folder = tempFolder();
    const env = { SOURCE_DATE_EPOCH: "1767225600" };
    const first = await budgetWith({ env }, "consolidate", FORMS, "-o", join(folder, "a.xlsx"), "--pdf", join(folder, "a.pdf"), "--format", "none");
    const second = await budgetWith({ env }, "consolidate", FORMS, "-o", join(folder, "b.xlsx"), "--pdf", join(folder, "b.pdf"), "--format", "none");
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(readdirSync(folder)).toEqual(["a.pdf", "a.xlsx", "b.pdf", "b.xlsx"]);
    expect(first.stderr).toContain(`Đã ghi ${join(folder, "a.xlsx")}.\nĐã ghi ${join(folder, "a.pdf")}.\n`);
    expect(readFileSync(join(folder, "a.pdf")).equals(readFileSync(join(folder, "b.pdf")))).toBe(true);
    expect(pdfInfo(join(folder, "a.pdf")).get("ModDate")).toBe("Thu Jan  1 00:00:00 2026 UTC");
  });

  it("wraps a long name over several lines, never cutting it", async () => {
    const words = Array.from({ length: 40 }, (_, i) => `từ${i + 1}`);
    const pdf = await pdfOfOneTask(`Nhiệm vụ rất dài ${words.join(" ")} KẾTTHÚC`);
    const lines = pdfText(pdf).split("\n");
    const start = lines.findIndex((line) => line.includes("Nhiệm vụ rất dài"));
    const end = lines.findIndex((line) => line.includes("KẾTTHÚC"));
    expect(start).toBeGreaterThan(0);
    // Wrapped over at least three lines, and every word of it printed.
    expect(end - start).toBeGreaterThanOrEqual(2);
    const printed = lines.slice(start, end + 1).join(" ");
    for (const word of words) expect(printed).toMatch(new RegExp(`${word}(\\s|$)`, "u"));
    expect(lines[start]).toMatch(/1\.500\s+1\.000\s+500/u);
  });

  it("carries a name longer than a page over to the next page, under the header again", async () => {
    const words = Array.from({ length: 900 }, (_, i) => `w${i + 1}`);
    const pdf = await pdfOfOneTask(words.join(" "));
    expect(pdfInfo(pdf).get("Pages")).toBe("3");
    const first = pdfText(pdf, 1);
    const second = pdfText(pdf, 2);
    // The figures on the row's first line, on the first page only.
    expect(first).toMatch(/1\.1 w1 w2 [^\n]*1\.500\s+1\.000\s+500/u);
    expect(second).not.toContain("1.500");
    expect(second).toMatch(/TT\s+Cơ quan, đơn vị \/ Nội dung/u);
    const printed = pdfText(pdf).split(/\s+/u);
    // Every word once, in order, none lost where the page turns.
    expect(printed.filter((word) => /^w\d+$/u.test(word))).toEqual(words);
    expect(pdfText(pdf, 3)).toMatch(/TỔNG\s+1\.500\s+1\.000\s+500/u);
  });

  it("signs with the place, titles and names of the plan's output section", async () => {
    const folder = tempFolder();
    const plan = join(folder, "ke-hoach.yaml");
    expect((await budget("plan", "--export", plan)).code).toBe(0);
    const text = readFileSync(plan, "utf8")
      .replace("place: Quảng Ngãi", "place: Đà Nẵng")
      .replace('preparerName: ""', "preparerName: Nguyễn Văn An")
      .replace("headTitle: Thủ trưởng đơn vị", "headTitle: KT. GIÁM ĐỐC")
      .replace('headName: ""', "headName: Trần Thị Bình");
    const edited = tempFile("ke-hoach.yaml", text);
    const pdf = join(folder, "phu-luc.pdf");
    expect((await budget("consolidate", FORMS, "-o", pdf, "--plan", edited, "--format", "none")).code).toBe(0);
    const printed = pdfText(pdf);
    expect(printed).toContain("Đà Nẵng, ngày … tháng … năm …");
    expect(printed).toMatch(/Người lập biểu\s+KT\. GIÁM ĐỐC/u);
    expect(printed).toMatch(/Nguyễn Văn An\s+Trần Thị Bình/u);
  });
});

describe("consolidate --pdf refuses what it cannot write, before reading (exit 2, nothing written)", () => {
  it.each([
    [["--pdf", "phu-luc.docx"], "--pdf: chỉ ghi được tệp .pdf, không ghi được .docx"],
    [["-o", "phu-luc.pdf", "--pdf", "khac.pdf"], "--pdf và -o đều là tệp PDF"],
    [["--pdf", "phu-luc.docx", "--lang", "en"], "--pdf: only .pdf can be written, not .docx"],
    [["-o", "phu-luc.pdf", "--pdf", "khac.pdf", "--lang", "en"], "--pdf and -o are both a PDF"],
  ])("%s", async (args, message) => {
    const folder = tempFolder();
    const absolute = args.map((arg) => (arg.includes(".") ? join(folder, arg) : arg));
    const withOutput = absolute.includes("-o") ? absolute : ["-o", join(folder, "phu-luc.xlsx"), ...absolute];
    const result = await budget("consolidate", FORMS, ...withOutput);
    expect([result.code, result.stdout]).toEqual([2, ""]);
    expect(result.stderr).toContain(message);
    expect(readdirSync(folder)).toEqual([]);
    expect(existsSync(join(folder, "phu-luc.xlsx"))).toBe(false);
  });
});
