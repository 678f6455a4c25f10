import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultPlan } from "../../src/plan/load-plan.js";
import { PlanIndex } from "../../src/plan/plan-index.js";
import { runFiles } from "../../src/run/run-files.js";
import { budget, tempFolder } from "../cli/plan-cli-runner.js";

/** Seed 002's Phụ lục (Kế hoạch 237-KH/TU): task areas I–IV of Tỉnh ủy's plan, 17 tasks, 104.750. */
const SEED002 = "fixtures/plans/seed002-phu-luc.xlsx";

interface RowJson {
  readonly agency: string;
  readonly code: string;
  readonly originalCode: string;
  readonly depth: number;
  readonly name: string;
  readonly total: string;
  readonly inTotal: boolean;
}

/** `consolidate --rows rows.json` on the inputs with `args`: the rows, the total and the check report's codes. */
async function consolidated(input: string, ...args: string[]): Promise<{ rows: RowJson[]; total: string; codes: string[] }> {
  const folder = tempFolder();
  const rowsFile = join(folder, "rows.json");
  await budget("consolidate", input, "-o", join(folder, "phu-luc.xlsx"), "--rows", rowsFile, "--format", "none", ...args);
  const document = JSON.parse(readFileSync(rowsFile, "utf8")) as { total: string; rows: RowJson[] };
  const check = await budget("check", input, "--format", "json", ...args);
  const report = JSON.parse(check.stdout) as { diagnostics: Array<{ code: string }> };
  return { rows: document.rows, total: document.total, codes: report.diagnostics.map((d) => d.code) };
}

/** A CSV form in memory, read with the default plan: its agencies' names and item counts, and the codes found. */
async function read(lines: readonly string[], agency?: string): Promise<{ agencies: Array<[string, number]>; codes: string[] }> {
  const bytes = new TextEncoder().encode([...lines, ""].join("\r\n"));
  const run = await runFiles([{ name: "ke-hoach.csv", bytes }], new PlanIndex(defaultPlan()), { workers: 0, agency });
  return {
    agencies: run.consolidation.sections.flatMap((section) => section.agencies.map((a): [string, number] => [a.name, a.children.length])),
    codes: run.diagnostics.map((d) => d.code),
  };
}

describe("a plan one agency wrote: its numbered rows are its tasks under task areas, not agencies", () => {
  it("reads seed 002's Phụ lục as Văn phòng Tỉnh ủy's 17 tasks under areas I–IV, 104.750, without a false BC406", async () => {
    const { rows, total, codes } = await consolidated(SEED002);
    expect(total).toBe("104750");
    // The printed TỔNG CỘNG is checked against the areas' tasks (no BC214); no task is taken for an agency.
    expect(codes.filter((code) => /^BC(406|214|112|212|213|301|302|303)$/.test(code))).toEqual([]);
    // The title's issuer, "… Kế hoạch số 237-KH/TU … của Ban Thường vụ Tỉnh ủy Quảng Ngãi", is Văn phòng Tỉnh ủy's.
    expect(new Set(rows.map((row) => row.agency))).toEqual(new Set(["Văn phòng Tỉnh ủy"]));
    // Each area, as the seed numbers it, with what its tasks add up to (checked by hand in the fixture's notes).
    expect(rows.filter((row) => row.depth === 2).map((row) => [row.code, row.originalCode, row.total, row.inTotal])).toEqual([
      ["1.1", "I", "57400", false],
      ["1.2", "II", "38000", false],
      ["1.3", "III", "9350", false],
      ["1.4", "IV", "0", false],
    ]);
    // The tasks under each area, numbered from 1 in each as printed: 9, 4, 3 and 1.
    const tasks = (area: string) => rows.filter((row) => row.depth === 3 && row.code.startsWith(`${area}.`)).map((row) => row.originalCode);
    expect(tasks("1.1")).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9"]);
    expect(tasks("1.2")).toEqual(["1", "2", "3", "4"]);
    expect(tasks("1.3")).toEqual(["1", "2", "3"]);
    expect(tasks("1.4")).toEqual(["1"]);
    expect(rows.filter((row) => row.depth === 3).every((row) => row.inTotal)).toBe(true);
    expect(rows.find((row) => row.code === "1.2.1")).toMatchObject({ name: "Nâng cấp Trung tâm dữ liệu", total: "17000" });
  });

  it("reads every form as the agency --agency names: the registry's name, or the name given with BC406", async () => {
    const known = await consolidated(SEED002, "--agency", "vptu");
    expect(new Set(known.rows.map((row) => row.agency))).toEqual(new Set(["Văn phòng Tỉnh ủy"]));
    expect(known.total).toBe("104750");
    // Read in a worker thread, the option reaches the worker.
    const inWorker = await consolidated(SEED002, "--agency", "vptu", "--jobs", "1");
    expect(new Set(inWorker.rows.map((row) => row.agency))).toEqual(new Set(["Văn phòng Tỉnh ủy"]));
    const other = await consolidated(SEED002, "--agency", "Ban Tuyên giáo Tỉnh ủy", "--jobs", "1");
    expect(new Set(other.rows.map((row) => row.agency))).toEqual(new Set(["Ban Tuyên giáo Tỉnh ủy"]));
    expect(other.codes.filter((code) => code === "BC406")).toEqual(["BC406"]);
  });

  const table = [
    "TT,Nội dung,Kinh phí (triệu đồng)",
    "I,Hạ tầng,",
    "1,Nâng cấp Trung tâm dữ liệu,17000",
    "2,Thiết bị mạng,8000",
    "II,An toàn thông tin,",
    "1,Giám sát an toàn thông tin,5500",
  ];

  it("names a plan that nothing names after its file, with BC112", async () => {
    const { agencies, codes } = await read(["DANH MỤC NHIỆM VỤ", "Đơn vị tính: triệu đồng", ...table]);
    expect(agencies).toEqual([["ke-hoach", 2]]);
    expect(codes.filter((code) => code === "BC112")).toEqual(["BC112"]);
  });

  it("names it after the agency its title names, or the issuer of the plan it is attached to", async () => {
    expect((await read(["KẾ HOẠCH CHUYỂN ĐỔI SỐ CỦA SỞ TƯ PHÁP", "Đơn vị tính: triệu đồng", ...table])).agencies).toEqual([["Sở Tư pháp", 2]]);
    const attached = await read(["(Kèm theo Kế hoạch số 12/KH-UBND ngày 10/1/2026 của UBND tỉnh Quảng Ngãi)", "Đơn vị tính: triệu đồng", ...table]);
    expect(attached.agencies).toEqual([["Văn phòng UBND tỉnh", 2]]);
    expect(attached.codes.filter((code) => code === "BC112" || code === "BC406")).toEqual([]);
  });

  it("reads a plan whose title names its agency as that agency's, sub-tasks (1.1) and all", async () => {
    const titled = [
      "KẾ HOẠCH CHUYỂN ĐỔI SỐ CỦA SỞ TƯ PHÁP",
      "Đơn vị tính: triệu đồng",
      "TT,Nội dung,Kinh phí (triệu đồng)",
      "1,Hạ tầng,300",
      "1.1,Máy chủ,200",
      "1.2,Mạng,100",
      "2,Dữ liệu,50",
    ];
    const { agencies, codes } = await read(titled);
    expect(agencies).toEqual([["Sở Tư pháp", 2]]);
    expect(codes.filter((code) => /^BC(406|112|303)$/.test(code))).toEqual([]);
    // Its own agency row, spelt longer than the registry does, stays its agency row.
    const own = await read([...titled.slice(0, 3), "1,Sở Tư pháp tỉnh Quảng Ngãi,300", "1.1,Máy chủ,200", "1.2,Mạng,100"]);
    expect(own.agencies).toEqual([["Sở Tư pháp tỉnh Quảng Ngãi", 2]]);
  });

  it("keeps agencies as agencies: a numbered row naming a registry agency, or items coded under it (1.1)", async () => {
    const agencyRows = [
      "TT,Nội dung,Kinh phí (triệu đồng)",
      "I,Cơ quan chuyên môn,",
      "1,Sở Tư pháp,300",
      "-,Nhiệm vụ A,300",
      "2,Phòng Khác,200",
      "-,Nhiệm vụ B,200",
    ];
    // Phòng Khác stays in the form's section I; Sở Tư pháp goes to the plan's section II.
    expect((await read(agencyRows)).agencies).toEqual([
      ["Phòng Khác", 1],
      ["Sở Tư pháp", 1],
    ]);
    const coded = ["TT,Nội dung,Kinh phí (triệu đồng)", "I,Khối A,", "1,Ban A,300", "1.1,Nhiệm vụ A,300", "2,Ban B,200", "2.1,Nhiệm vụ B,200"];
    expect((await read(coded)).agencies).toEqual([
      ["Ban A", 1],
      ["Ban B", 1],
    ]);
    // --agency reads even those as one agency's tasks.
    expect((await read(coded, "Sở Tư pháp")).agencies).toEqual([["Sở Tư pháp", 1]]);
  });

  it("reads the bundled agency forms as before: five agencies, 148.165", async () => {
    const run = await runFiles(["fixtures/forms"], new PlanIndex(defaultPlan()), { workers: 0 });
    expect(run.consolidation.sections.flatMap((s) => s.agencies.map((a) => a.name))).toEqual([
      "Văn phòng Tỉnh ủy",
      "Sở Nội vụ",
      "Sở Khoa học và Công nghệ",
      "Sở Tư pháp",
      "Chi cục Kiểm lâm",
    ]);
    expect(run.consolidation.totals.total.toFixed()).toBe("148165");
  });
});
