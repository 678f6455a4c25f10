import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import * as XLSX from "xlsx";
import { cellAddress } from "../src/data/grid.js";
import { unicodeToLegacy } from "./fixtures/legacy-encoder.js";
import { csvFilter, LibreOffice } from "./fixtures/libreoffice.js";
import { loadTruth } from "./fixtures/seed-truth.js";
import { seed000Appendix } from "./fixtures/seed000-appendix.js";
import { type CellSpec, type SheetSpec, specAsDelimited, workbookOf } from "./fixtures/sheet-spec.js";
import { mapTexts, STANDARD_BODY, STANDARD_HEADER, scaleBody, smallForm, TITLE, UNIT_LINE } from "./fixtures/small-forms.js";
import { encodeLatin1, encodeUtf8, encodeUtf16, encodeWindows1258 } from "./fixtures/text-encodings.js";

/**
 * Writes the format corpus `fixtures/formats/`: one small file per way agencies really send forms
 * (containers, encodings, shapes, amounts, row codes), and the seed forms in every format. The .xls,
 * .ods, CSV and password-protected files are produced by real LibreOffice (`soffice`) from the
 * generated .xlsx. Run after `npx tsc -p tsconfig.json`: `node dist/scripts/make-format-fixtures.js`.
 */
async function main(): Promise<void> {
  const root = join(process.argv[2] ?? "fixtures", "formats");
  const seeds = join(process.argv[2] ?? "fixtures", "seeds");
  rmSync(root, { recursive: true, force: true });
  const office = new LibreOffice();
  try {
    await seedFormats(root, seeds, office);
    await containers(root, office);
    await encodings(root);
    await capitalFont(root, office);
    await shapes(root, office);
    await amounts(root);
    await rowCodes(root);
    englishTables(join(process.argv[2] ?? "fixtures", "english"));
  } finally {
    office.close();
  }
}

/** The seed forms as .xls, .ods, CSV in every encoding, and seed 000 in the appendix layout. */
async function seedFormats(root: string, seeds: string, office: LibreOffice): Promise<void> {
  const dir = join(root, "seed");
  mkdirSync(dir, { recursive: true });
  const work = join(dir, "seed000-form.xlsx");
  copyFileSync(join(seeds, "seed000-form.xlsx"), work);
  office.convert(work, join(dir, "seed000-form.xls"));
  office.convert(work, join(dir, "seed000-form.xlsm"), "Calc MS Excel 2007 VBA XML");
  office.convert(work, join(dir, "seed000-form.ods"));
  const semicolon = exportCsv(office, work, 59);
  writeFileSync(join(dir, "seed000-form-utf8-bom-semicolon.csv"), encodeUtf8(semicolon, true));
  writeFileSync(join(dir, "seed000-form-utf8-comma.csv"), encodeUtf8(exportCsv(office, work, 44), false));
  const tab = exportCsv(office, work, 9);
  writeFileSync(join(dir, "seed000-form.tsv"), encodeUtf8(tab, false));
  writeFileSync(join(dir, "seed000-form-utf16le-tab.txt"), encodeUtf16(tab, "le"));
  writeFileSync(join(dir, "seed000-form-utf16be-semicolon.csv"), encodeUtf16(semicolon, "be"));
  writeFileSync(join(dir, "seed000-form-utf16le-nobom-semicolon.csv"), encodeUtf16(semicolon, "le", { bom: false }));
  writeFileSync(join(dir, "seed000-form-windows1258-semicolon.csv"), encodeWindows1258(semicolon));
  rmSync(work);

  const appendix = join(dir, "seed000-appendix.xlsx");
  await workbookOf([seed000Appendix(loadTruth(join(seeds, "seed000-form.json")))]).writeFile(appendix);
  office.convert(appendix, join(dir, "seed000-appendix.ods"));

  const seed004 = join(dir, "seed004-appendix.xlsx");
  copyFileSync(join(root, "..", "appendix", "seed004-skhcn-2025.xlsx"), seed004);
  office.convert(seed004, join(dir, "seed004-appendix.xls"));
  office.convert(seed004, join(dir, "seed004-appendix.ods"));
  writeFileSync(join(dir, "seed004-appendix-utf8-bom-semicolon.csv"), encodeUtf8(exportCsv(office, seed004, 59), true));
  rmSync(seed004);
}

/** Files whose bytes are not what their name says, password-protected and broken containers. */
async function containers(root: string, office: LibreOffice): Promise<void> {
  const dir = join(root, "container");
  mkdirSync(dir, { recursive: true });
  const form = smallForm();
  const xlsx = join(dir, "standard.xlsx");
  await workbookOf([form]).writeFile(xlsx);
  writeFileSync(join(dir, "csv-named.xlsx"), encodeUtf8(specAsDelimited(form, ";"), true));
  writeFileSync(join(dir, "html-table.xls"), encodeUtf8(htmlTable(form), false));
  writeFileSync(join(dir, "html-no-table.xls"), encodeUtf8("<!DOCTYPE html><html><body><p>Biểu mẫu sẽ gửi sau.</p></body></html>\n", false));
  writeFileSync(join(dir, "text-note.xls"), encodeUtf8("Kính gửi Sở Khoa học và Công nghệ.\nĐơn vị xin gửi biểu mẫu trong tuần sau.\n", false));
  writeFileSync(join(dir, "pdf-named.xlsx"), encodeLatin1("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj << /Type /Catalog >> endobj\n"));
  writeFileSync(join(dir, "empty.csv"), new Uint8Array());
  const bytes = readFileSync(xlsx);
  writeFileSync(join(dir, "truncated.xlsx"), bytes.subarray(0, Math.floor(bytes.length * 0.6)));
  writeFileSync(join(dir, "zip-without-workbook.xlsx"), zipWithoutWorkbook());
  writeFileSync(join(dir, "password.xlsx"), encryptedOoxml());
  office.saveWithPassword(xlsx, join(dir, "password.xls"), "MS Excel 97", "matkhau");
  office.saveWithPassword(xlsx, join(dir, "password.ods"), "calc8", "matkhau");
}

/**
 * Tables headed in English, read by the English labels of `data/column-vocabulary.ts`; a folder of
 * their own, as `formats/` is consolidated whole by the golden outputs.
 */
function englishTables(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "english-headers.csv"), encodeUtf8(specAsDelimited(englishHeaders(), ","), false));
}

/** The small form headed in English: `No. | Task | Lead unit | Total | 2025 | 2026 | Funding source`. */
function englishHeaders(): SheetSpec {
  // The standard body's figures (Sở Tư pháp 300 = 110 + 190), its tasks named in English.
  return smallForm({
    name: "Form",
    preamble: [["PROPOSED DIGITAL TRANSFORMATION TASKS 2025-2026"], [null, null, "Unit: million VND"]],
    header: { rows: [["No.", "Task", "Lead unit", "Total", "2025", "2026", "Funding source"]], merges: [] },
    body: [
      ["1", "Sở Tư pháp", null, 300, 110, 190, null],
      ["1.1", "Digitising high-value archives", "Archives unit", 120, 50, 70, "NSTW"],
      ["1.2", "Civil status management software", "Civil status unit", 180, 60, 120, "NSTW"],
    ],
  });
}

/** NFD text with `Ð`, legacy TCVN3 and VNI cells, a TCVN3 CSV. */
async function encodings(root: string): Promise<void> {
  const dir = join(root, "encoding");
  mkdirSync(dir, { recursive: true });
  const nfd = mapTexts(smallForm({ preamble: [[TITLE], [null, null, "Ðơn vị tính: triệu đồng"]] }), (text) => text.normalize("NFD"));
  writeFileSync(join(dir, "nfd-eth.csv"), encodeUtf8(specAsDelimited(nfd, ","), false));
  const tcvn3 = mapTexts(smallForm(), (text) => unicodeToLegacy(text, "tcvn3"));
  await workbookOf([tcvn3]).writeFile(join(dir, "tcvn3.xlsx"));
  writeFileSync(join(dir, "tcvn3.csv"), encodeLatin1(specAsDelimited(tcvn3, ",")));
  const vni = mapTexts(smallForm(), (text) => unicodeToLegacy(text, "vni"));
  await workbookOf([vni]).writeFile(join(dir, "vni.xlsx"));
}

/** Cells of {@link capitalFont} set in `.VnTimeH`: the agency line, the motto, the title, the name heading, the agency, the total. */
const CAPITAL_FONT_CELLS = new Set(["A1", "C1", "A4", "B6", "B8", "B11"]);

/**
 * An official-layout form typed in TCVN3 as old forms are: the text in `.VnTime`, and the lines meant
 * as capitals in the capital font `.VnTimeH`, typed in lowercase codes (`Së T\u00ad ph¸p` shows as
 * "SỞ TƯ PHÁP"). As .xlsx and, through LibreOffice, .ods and .xls.
 */
async function capitalFont(root: string, office: LibreOffice): Promise<void> {
  const dir = join(root, "encoding");
  const form = smallForm({
    preamble: [
      ["Sở Tư pháp", null, "Cộng hoà xã hội chủ nghĩa Việt Nam"],
      [null, null, "Độc lập - Tự do - Hạnh phúc"],
      [],
      ["Biểu mẫu đề xuất dự án, nhiệm vụ chuyển đổi số năm 2025-2026"],
      [null, null, UNIT_LINE],
    ],
    header: {
      ...STANDARD_HEADER,
      rows: [
        ["STT", "Tên dự án/nhiệm vụ", "Tổng kinh phí", "Trong đó", null],
        [null, null, null, 2025, 2026],
      ],
    },
  });
  const workbook = workbookOf([mapTexts(form, (text) => unicodeToLegacy(text, "tcvn3"))]);
  const sheet = workbook.worksheets[0];
  for (const { row, cells } of sheet?.rows() ?? [])
    for (const { col, cell } of cells)
      if (typeof cell.value === "string") sheet?.font(row, col, CAPITAL_FONT_CELLS.has(cellAddress(row - 1, col - 1)) ? ".VnTimeH" : ".VnTime", 13);
  const xlsx = join(dir, "tcvn3-capital-font.xlsx");
  await workbook.writeFile(xlsx);
  office.convert(xlsx, join(dir, "tcvn3-capital-font.ods"));
  office.convert(xlsx, join(dir, "tcvn3-capital-font.xls"));
}

/** Header bands, columns, sheets, units, hidden and blank rows, split agencies. */
async function shapes(root: string, office: LibreOffice): Promise<void> {
  const dir = join(root, "shape");
  mkdirSync(dir, { recursive: true });
  const write = (name: string, ...sheets: SheetSpec[]) => workbookOf(sheets).writeFile(join(dir, name));
  await write(
    "header-deep.xlsx",
    smallForm({
      preamble: [
        ["SỞ TƯ PHÁP", null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        [null, null, "Độc lập - Tự do - Hạnh phúc"],
        [],
        [TITLE],
        ["(Kèm theo Công văn số 123/STP-VP ngày 30/6/2025)"],
        ["Ghi chú: điền số liệu theo đơn vị tính dưới đây; không sửa tiêu đề cột."],
        [],
        [null, null, UNIT_LINE],
        [],
      ],
      header: { rows: [["STT", "Nội dung", "Kinh phí", "Năm 2025", "Năm 2026", "Nguồn vốn"]], merges: [] },
      body: STANDARD_BODY.map((row) => [...row, row[0] === null ? null : "CTX, NST"]),
    }),
  );
  await write(
    "header-synonyms.xlsx",
    smallForm({
      header: {
        rows: [
          ["Số TT", "Tên nhiệm vụ", "Dự toán", "Kinh phí đề xuất", null, "Nguồn kinh phí"],
          [null, null, null, "Trong đó: 2025", "Trong đó: 2026", null],
        ],
        merges: ["A{r}:A{r+1}", "B{r}:B{r+1}", "C{r}:C{r+1}", "D{r}:E{r}", "F{r}:F{r+1}"],
      },
      body: STANDARD_BODY.map((row) => [...row, row[0] === null ? null : "NSTW"]),
    }),
  );
  await write(
    "unknown-column.xlsx",
    smallForm({
      header: { rows: [["STT", "Tên dự án/nhiệm vụ", "Tổng kinh phí", "2025", "2026", "Người phụ trách"]], merges: [] },
      body: STANDARD_BODY.map((row) => [...row, row[0] === "1.1" ? "Nguyễn Văn A" : null]),
    }),
  );
  await write(
    "missing-amount.xlsx",
    smallForm({
      header: { rows: [["STT", "Tên dự án/nhiệm vụ", "Thời gian thực hiện", "Ghi chú"]], merges: [] },
      body: [["1.1", "Số hoá tài liệu", "2025", ""]],
    }),
  );
  const instructions: SheetSpec = {
    name: "Hướng dẫn",
    rows: [["Hướng dẫn điền biểu mẫu"], ["1. Ghi số liệu theo đơn vị triệu đồng."], ["2. Không sửa tiêu đề cột."]],
  };
  await write("several-sheets.xlsx", instructions, smallForm(), { name: "Sheet3", rows: [] });
  await write("two-forms.xlsx", smallForm({ name: "Năm 2025" }), smallForm({ name: "Bản nháp", body: scaleBody(STANDARD_BODY, 2) }));
  await write("unit-dong.xlsx", smallForm({ preamble: [[TITLE], [null, null, "Đơn vị tính: đồng"]], body: scaleBody(STANDARD_BODY, 1_000_000) }));
  await write("unit-nghin-dong.xlsx", smallForm({ preamble: [[TITLE], [null, null, "ĐVT: nghìn đồng"]], body: scaleBody(STANDARD_BODY, 1_000) }));
  await write("unit-ty-dong.xlsx", smallForm({ preamble: [[TITLE], [null, null, "Đơn vị tính: tỷ đồng"]], body: scaleBody(STANDARD_BODY, 0.001) }));
  const hidden = join(dir, "hidden-rows.xlsx");
  await write("hidden-rows.xlsx", smallForm({ hiddenBody: [2] }));
  office.convert(hidden, join(dir, "hidden-rows.ods"));
  office.convert(hidden, join(dir, "hidden-rows.xls"));
  await write(
    "blank-rows-notes.xlsx",
    smallForm({
      body: [STANDARD_BODY[0] ?? [], [], STANDARD_BODY[1] ?? [], [], [], STANDARD_BODY[2] ?? [], STANDARD_BODY[3] ?? []],
      after: [
        [],
        ["Ghi chú: số liệu năm 2026 là dự kiến."],
        [null, "NGƯỜI LẬP BIỂU", null, "Quảng Ngãi, ngày 30 tháng 6 năm 2025"],
        [null, "Nguyễn Văn A", null, "THỦ TRƯỞNG ĐƠN VỊ"],
      ],
    }),
  );
  await write("split-part-1.xlsx", smallForm({ body: [["1", "Sở Tư pháp", 120, 50, 70], STANDARD_BODY[1] ?? []] }));
  await write("split-part-2.xlsx", smallForm({ body: [["1", "Sở Tư pháp", 180, 60, 120], STANDARD_BODY[2] ?? []] }));
}

/** Amounts as text, formulas, date formats, the `1.5` question. */
async function amounts(root: string): Promise<void> {
  const dir = join(root, "amount");
  mkdirSync(dir, { recursive: true });
  const write = (name: string, sheet: SheetSpec) => workbookOf([sheet]).writeFile(join(dir, name));
  await write(
    "text-vietnamese.xlsx",
    smallForm({
      body: standardRows(["1.354,5", "1.050", "304,5"], ["1.234,5", "1.000", "234,5"], ["120", "50", "70"]),
    }),
  );
  await write(
    "text-dong-spaces.xlsx",
    smallForm({
      preamble: [[TITLE], [null, null, "Đơn vị tính: đồng"]],
      body: standardRows(
        ["300.000.000 đồng", "110.000.000 đ", "190.000.000 đ"],
        ["120\u00a0000\u00a0000", "50\u00a0000\u00a0000", "70\u00a0000\u00a0000"],
        ["180 000 000", "60 000 000", "120 000 000"],
      ),
    }),
  );
  await write(
    "negative-parentheses.xlsx",
    smallForm({
      body: [...standardRows([200, 110, 90], [300, 110, 190], []).slice(0, 2), ["1.2", "Điều chỉnh giảm", "(100)", null, "(100)"]],
    }),
  );
  await write(
    "dot-decimal-with-evidence.xlsx",
    smallForm({
      body: standardRows(["1,201.5", "1,050", "151.5"], ["1,200", "1,050", "150"], ["1.5", null, "1.5"]),
    }),
  );
  await write(
    "dot-decimal-ambiguous.xlsx",
    smallForm({
      body: standardRows([301.5, 110, 191.5], [300, 110, 190], ["1.5", null, "1.5"]),
    }),
  );
  await write(
    "formula-cached.xlsx",
    smallForm({
      body: standardRows(
        [
          { formula: "C7+C8", result: 300 },
          { formula: "D7+D8", result: 110 },
          { formula: "E7+E8", result: 190 },
        ],
        [{ formula: "D7+E7", result: 120 }, 50, 70],
        [{ formula: "D8+E8", result: 180 }, 60, 120],
      ),
    }),
  );
  await write(
    "formula-no-cache.xlsx",
    smallForm({
      body: standardRows([{ formula: "C7+C8" }, 110, 190], [120, 50, 70], [180, 60, 120]),
    }),
  );
  await write(
    "formula-error.xlsx",
    smallForm({
      body: standardRows([300, 110, 190], [120, 50, 70], [{ formula: "#REF!+C7", result: { error: "#REF!" } }, 60, 120]),
    }),
  );
  await write(
    "date-formatted.xlsx",
    smallForm({
      body: standardRows(
        [300, 110, 190],
        [{ value: 120, numFmt: "dd/mm/yyyy" }, { value: 50, numFmt: "d-mmm" }, 70],
        [180, 60, { value: 120, numFmt: "mm/dd/yyyy hh:mm" }],
      ),
    }),
  );
  writeFileSync(
    join(dir, "text-amounts.csv"),
    encodeUtf8(
      specAsDelimited(
        smallForm({
          body: [
            ...standardRows(["1.354,5", "1.050", "304,5"], ["1.234,5", "1.000", "234,5"], ["120", "50", "70"]),
            [null, "Tổng cộng", "1.354,5", "1.050", "304,5"],
          ],
        }),
        ",",
      ),
      true,
    ),
  );
}

/** Row codes as people type them, and a code that contradicts its place. */
async function rowCodes(root: string): Promise<void> {
  const dir = join(root, "code");
  mkdirSync(dir, { recursive: true });
  await workbookOf([
    smallForm({
      body: [
        ["I.", "Cơ quan chuyên môn thuộc UBND tỉnh"],
        ["1.", "Sở Tư pháp", 300, 110, 190],
        ["1.1.", "Số hoá tài liệu lưu trữ có giá trị cao", 120, 50, 70],
        ["(1)", "Số hoá sổ hộ tịch", 80, 30, 50],
        ["(2)", "Số hoá hồ sơ công chứng", 40, 20, 20],
        ["1,2", "Phần mềm quản lý hộ tịch", 150, 50, 100],
        ["a)", "Phân hệ cấp xã", 150, 50, 100],
        ["-", "Mua sắm thiết bị", 150, 50, 100],
        ["+", "Máy chủ", 150, 50, 100],
        ["１．３", "Đào tạo cán bộ", 30, 10, 20],
      ],
    }),
  ]).writeFile(join(dir, "typed-codes.xlsx"));
  await workbookOf([
    smallForm({
      body: [
        ["1", "Sở Tư pháp", 100, 40, 60],
        ["1.1", "Số hoá tài liệu lưu trữ có giá trị cao", 100, 40, 60],
        ["2", "Sở Khoa học và Công nghệ", 200, 70, 130],
        ["2.1", "Nền tảng số dùng chung", 120, 50, 70],
        ["1,2", "Hệ thống đặt lịch hẹn trực tuyến", 80, 20, 60],
      ],
    }),
  ]).writeFile(join(dir, "misplaced-code.xlsx"));
}

/** The standard body's three rows (agency, two items) with other amount cells. */
function standardRows(agency: readonly CellSpec[], first: readonly CellSpec[], second: readonly CellSpec[]): CellSpec[][] {
  return [STANDARD_BODY[0], STANDARD_BODY[1], STANDARD_BODY[2]].map((row, i) => [...(row ?? []).slice(0, 2), ...([agency, first, second][i] ?? [])]);
}

function exportCsv(office: LibreOffice, source: string, delimiter: number): string {
  const target = join(dirname(source), `export-${delimiter}.csv`);
  office.convert(source, target, csvFilter(delimiter));
  const text = readFileSync(target, "utf8").replace(/^\ufeff/, "");
  rmSync(target);
  return text;
}

/** A sheet as the HTML table some web applications save with an .xls name. */
function htmlTable(spec: SheetSpec): string {
  const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const rows = spec.rows.map(
    (row) => `<tr>${row.map((cell) => `<td>${cell === null || typeof cell === "object" ? "" : escapeHtml(String(cell))}</td>`).join("")}</tr>`,
  );
  return `<html><head><meta charset="utf-8"></head><body><table>\n${rows.join("\n")}\n</table></body></html>\n`;
}

/** A ZIP that is no workbook (a Word document's shape), named .xlsx. */
function zipWithoutWorkbook(): Uint8Array {
  const zip = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(zip, "word/document.xml", Buffer.from("<w:document/>"));
  return Uint8Array.from(XLSX.CFB.write(zip, { type: "buffer", fileType: "zip" }));
}

/**
 * The container Excel writes for a password-protected .xlsx: an OLE compound file holding
 * `EncryptionInfo` and `EncryptedPackage` (ECMA-376 agile encryption). The encrypted payload here is
 * filler: readers must refuse the file from its structure alone.
 */
function encryptedOoxml(): Uint8Array {
  const cfb = XLSX.CFB.utils.cfb_new();
  const info = Buffer.concat([
    Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]),
    Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"/>'),
  ]);
  XLSX.CFB.utils.cfb_add(cfb, "EncryptionInfo", info);
  XLSX.CFB.utils.cfb_add(cfb, "EncryptedPackage", Buffer.alloc(4096, 0x5a));
  return Uint8Array.from(XLSX.CFB.write(cfb, { type: "buffer" }));
}

await main();
