/**
 * Deterministic, in-memory builders of hostile workbooks whose ZIP container is sound but whose
 * sheets are not: a declared range of the whole grid, cells beyond the sheet limits, thousands of junk
 * columns, a huge shared-string table, a 1 MB cell, dozens of sheets, names like `__proto__`. Every
 * one holds the same small valid form, so a test can check both that the tool stays bounded and that
 * it still reads the form right. Nothing here touches the file system.
 */
import * as XLSX from "xlsx";
import { readZipEntry, zipEntryNames } from "../src/read/zip/zip-lookup.js";
import { deflatedEntry, prng, writeZip } from "./hostile-zips.js";

/** A row of cells as SheetJS's `aoa_to_sheet` takes it; null is an empty cell. */
export type Row = ReadonlyArray<string | number | null>;

/** What may differ from the standard form. */
export interface FormTexts {
  /** The agency row's name (B5). */
  readonly agency?: string;
  /** The first task's name (B6). */
  readonly task?: string;
  /** An extra header label after the last column (J3), with a value in each data row. */
  readonly extraHeader?: string;
}

/** The name of the form sheet in every workbook built here. */
export const FORM_SHEET = "Biểu mẫu";

/** The form's grand total in triệu đồng, as the tool writes it. */
export const FORM_TOTAL = "300";

/**
 * A small valid form: title, unit line, a two-row header (years under `Trong đó`, task groups), an
 * agency row and two tasks, every sum right. Column J holds an extra labelled column when asked.
 */
export function formRows(texts: FormTexts = {}): Row[] {
  const extra = texts.extraHeader;
  const withExtra = (row: Row, value: string | number | null): Row => (extra === undefined ? row : [...row, value]);
  return [
    ["BIỂU ĐỀ XUẤT NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2025 - 2026"],
    ["Đơn vị tính: triệu đồng"],
    withExtra(
      ["STT", "Tên nhiệm vụ", "Thời gian thực hiện", "Tổng kinh phí", "Nguồn vốn", "Trong đó", null, "Phù hợp với chủ trương, định hướng, chiến lược", null],
      extra ?? null,
    ),
    withExtra([null, null, null, null, null, "2025", "2026", "Hạ tầng kỹ thuật, công nghệ", "Dữ liệu"], null),
    withExtra(["1", texts.agency ?? "Sở Tư pháp", null, 300, null, 180, 120, null, null], null),
    withExtra(["1.1", texts.task ?? "Số hóa tài liệu lưu trữ", "2025", 100, "CTX, NST", 100, null, "x", null], "ghi chú"),
    withExtra(["1.2", "Phần mềm một cửa điện tử", "2025 - 2026", 200, "CTX", 80, 120, null, "x"], "ghi chú"),
  ];
}

/**
 * A workbook (bytes) of the given sheets, written by SheetJS: .xlsx unless `bookType` says otherwise;
 * `sst` stores text in the shared-string table.
 */
export function workbookBytes(sheets: ReadonlyArray<readonly [string, readonly Row[]]>, options: { sst?: boolean; bookType?: "xlsx" | "ods" } = {}): Buffer {
  const workbook = XLSX.utils.book_new();
  for (const [name, rows] of sheets) XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows.map((row) => [...row])), name);
  const bytes: unknown = XLSX.write(workbook, { type: "buffer", bookType: options.bookType ?? "xlsx", compression: true, bookSST: options.sst === true });
  if (!(bytes instanceof Uint8Array)) throw new Error("SheetJS did not return bytes");
  return Buffer.from(bytes);
}

/** The standard form alone, as .xlsx bytes. */
export function formXlsx(texts: FormTexts = {}): Buffer {
  return workbookBytes([[FORM_SHEET, formRows(texts)]]);
}

/**
 * Rewrites the text entries of an .xlsx: `patch` gets each XML part's name and text and returns the
 * new text. Entries are re-deflated with honest headers, so the ZIP guard passes the result.
 */
export function patchXlsx(bytes: Uint8Array, patch: (name: string, text: string) => string): Buffer {
  const names = zipEntryNames(bytes);
  if (names === null) throw new Error("not a ZIP archive");
  const entries = names.map((name) => {
    const data = readZipEntry(bytes, name);
    if (data === null) throw new Error(`cannot read ${name}`);
    const text = new TextDecoder("utf-8").decode(data);
    return deflatedEntry(name, /\.(xml|rels)$/.test(name) ? patch(name, text) : data);
  });
  return writeZip(entries);
}

const FIRST_SHEET = "xl/worksheets/sheet1.xml";

/** The form whose sheet declares the whole grid, `A1:XFD1048576`, as its used range. */
export function wholeGridDimensionXlsx(): Buffer {
  return patchXlsx(formXlsx(), (name, text) => (name === FIRST_SHEET ? text.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>') : text));
}

/**
 * Addresses past Excel's grid (16,384 columns by 1,048,576 rows), and one far past anything an
 * array should be sized for.
 */
export const BEYOND_LIMITS = ["XFE8", "A1048577", "XFD1048577", "ZZZZ9", "A999999999"] as const;

/** The form plus a text cell at each of {@link BEYOND_LIMITS}, and a declared range reaching them. */
export function beyondLimitsXlsx(): Buffer {
  const cells = BEYOND_LIMITS.map((ref) => {
    const row = /\d+$/.exec(ref)?.[0] ?? "1";
    return `<row r="${row}"><c r="${ref}" t="inlineStr"><is><t>ngoài giới hạn</t></is></c></row>`;
  }).join("");
  return patchXlsx(formXlsx(), (name, text) => {
    if (name !== FIRST_SHEET) return text;
    return text.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:ZZZZ999999999"/>').replace("</sheetData>", `${cells}</sheetData>`);
  });
}

/**
 * The form with `count` columns of junk to the right of it, from column L on every row: labels in the
 * header rows, text and numbers in the others.
 */
export function junkColumnsXlsx(count = 5_000): Buffer {
  const rows = formRows().map((row, r) => {
    const padded: Array<string | number | null> = [...row, ...Array<null>(11 - row.length).fill(null)];
    const header = r === 2 || r === 3;
    for (let c = 0; c < count; c++) padded.push(header || c % 2 === 0 ? `rác ${r}-${c}` : r * count + c);
    return padded;
  });
  return workbookBytes([[FORM_SHEET, rows]]);
}

/** The form, and a second sheet of `count` distinct texts, every text in the shared-string table. */
export function sharedStringsXlsx(count = 100_000): Buffer {
  const rows: Row[] = Array.from({ length: count / 4 }, (_, r) => [0, 1, 2, 3].map((c) => `chuỗi ${r * 4 + c}`));
  return workbookBytes(
    [
      [FORM_SHEET, formRows()],
      ["Dữ liệu", rows],
    ],
    { sst: true },
  );
}

const PLACEHOLDER = "@@@";
const LETTERS = "abcdeghiklmnopqrstuvxyàáảãạăâđêôơư ";

/** `length` characters drawn from Vietnamese letters and spaces: text that deflates about 2:1, as prose does. */
export function randomText(length: number, seed: number): string {
  const next = prng(seed);
  return Array.from({ length }, () => LETTERS.charAt(Math.floor(next() * LETTERS.length))).join("");
}

/**
 * The form whose first task name (B6) is `length` characters long; SheetJS refuses to write such a
 * cell, so a placeholder is written and replaced in the XML.
 */
export function bigCellXlsx(length = 1024 * 1024): Buffer {
  const name = `Nhiệm vụ ${randomText(Math.max(0, length - 9), 7)}`;
  return patchXlsx(formXlsx({ task: PLACEHOLDER }), (part, text) => (part === FIRST_SHEET ? text.replace(PLACEHOLDER, name) : text));
}

/**
 * Texts of `spaces` spaces between other characters, shaped after what the reader's patterns look
 * for (a digit, a dash, `và`, `đồng`, parentheses, `Tổng`) but failing at the end: bait for regular
 * expressions that backtrack.
 */
export function spacedTexts(spaces: number): string[] {
  const gap = " ".repeat(spaces);
  return [
    `1${gap}x`,
    `2025${gap}-${gap}x`,
    `CTX${gap}và${gap}`,
    `1.000${gap}đồng${gap}x`,
    `(1${gap}x`,
    `Sở A${gap}x(1)`,
    `(${"1a".repeat(spaces / 2)}`,
    `Tổng${gap}x`,
    `-${gap})${gap}x`,
  ];
}

/**
 * The form, its agency name, first task's period and funding source spaced out the same way, followed
 * by one row per {@link spacedTexts} text, the text in every column of its row. At most 16,000 spaces
 * keep every text within Excel's 32,767 characters.
 */
export function spacedCellsXlsx(spaces = 16_000): Buffer {
  const gap = " ".repeat(spaces);
  const form = formRows({ agency: `Sở Tư pháp${gap}x(${"1a".repeat(spaces / 2)}` }).map((row) => [...row]);
  const task = form[5];
  if (task) {
    task[2] = `2025${gap}-${gap}2025x`;
    task[4] = `CTX${gap}và${gap}NST x`;
  }
  const width = form[2]?.length ?? 9;
  return workbookBytes([[FORM_SHEET, [...form, ...spacedTexts(spaces).map((text) => Array<string>(width).fill(text))]]]);
}

/** `count` sheets, the form at `formAt` (0-based) and small junk sheets around it. */
export function manySheetsXlsx(count = 50, formAt = 37): Buffer {
  const sheets = Array.from({ length: count }, (_, i): readonly [string, readonly Row[]] =>
    i === formAt
      ? [FORM_SHEET, formRows()]
      : [
          `Trang ${i + 1}`,
          [
            ["Ghi chú", i],
            ["STT", "không phải biểu mẫu"],
          ],
        ],
  );
  return workbookBytes(sheets);
}

/** Names that are properties of every JavaScript object. */
export const PROTOTYPE_NAMES = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"] as const;

/**
 * A workbook whose sheets are named {@link PROTOTYPE_NAMES} (the form is the sheet `__proto__`), whose
 * agency is named `name`, with an extra header column named `name` too.
 */
export function prototypeNamesXlsx(name: string): Buffer {
  const sheets = PROTOTYPE_NAMES.map((sheet, i): readonly [string, readonly Row[]] => [
    `Sheet${i + 1}`,
    i === 0 ? formRows({ agency: name, extraHeader: name }) : [[sheet]],
  ]);
  return patchXlsx(workbookBytes(sheets), (part, text) =>
    part === "xl/workbook.xml" ? text.replace(/name="Sheet(\d)"/g, (_, i: string) => `name="${PROTOTYPE_NAMES[Number(i) - 1] ?? ""}"`) : text,
  );
}

/** The form with a hyperlink over `ref` (SheetJS fills every cell of a hyperlink's range). */
export function hyperlinkRangeXlsx(ref = "A1:XFD1048576"): Buffer {
  const link = `<hyperlinks><hyperlink ref="${ref}" location="'${FORM_SHEET}'!A1"/></hyperlinks>`;
  return patchXlsx(formXlsx(), (name, text) => (name === FIRST_SHEET ? text.replace("</sheetData>", `</sheetData>${link}`) : text));
}

/** The form with a column definition reaching column `max` (Excel's last is 16,384). */
export function columnMaxXlsx(max = 1_000_000_000): Buffer {
  return patchXlsx(formXlsx(), (name, text) =>
    name === FIRST_SHEET ? text.replace("<sheetData", `<cols><col min="1" max="${max}" width="12" customWidth="1"/></cols><sheetData`) : text,
  );
}

/** The form as .ods, plus a row whose one text cell is repeated `columns` times across and `rows` times down. */
export function repeatedCellOds(columns = 1_000_000, rows = 1_000): Buffer {
  const cell = `<table:table-row table:number-rows-repeated="${rows}"><table:table-cell table:number-columns-repeated="${columns}" office:value-type="string"><text:p>rác</text:p></table:table-cell></table:table-row>`;
  return patchXlsx(workbookBytes([[FORM_SHEET, formRows()]], { bookType: "ods" }), (name, text) =>
    name === "content.xml" ? text.replace("</table:table>", `${cell}</table:table>`) : text,
  );
}

/** An HTML table (what "export to Excel" of some web apps writes) whose first cell spans `columns` columns. */
export function wideSpanHtml(columns = 100_000_000): string {
  return `<html><body><table><tr><td colspan="${columns}">BIỂU ĐỀ XUẤT</td></tr><tr><td>STT</td><td>Tên nhiệm vụ</td></tr></table></body></html>`;
}

/** A SpreadsheetML 2003 document whose first cell is merged across `across` columns and down `down` rows. */
export function wideMergeSpreadsheetMl(across = 100_000, down = 100_000): string {
  return `<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="${FORM_SHEET}"><Table><Row><Cell ss:MergeAcross="${across}" ss:MergeDown="${down}"><Data ss:Type="String">BIỂU ĐỀ XUẤT</Data></Cell></Row></Table></Worksheet></Workbook>`;
}

/**
 * The form with the stored value of some numeric cells replaced, as written in the XML: `NaN`,
 * `Infinity`, `1e308` are numbers SheetJS reads as such, though Excel never writes them.
 */
export function numericCellsXlsx(values: Readonly<Record<string, string>>): Buffer {
  return patchXlsx(formXlsx(), (name, text) => {
    if (name !== FIRST_SHEET) return text;
    let xml = text;
    for (const [cell, value] of Object.entries(values)) xml = xml.replace(new RegExp(`(<c r="${cell}"[^>]*>)<v>[^<]*</v>`), `$1<v>${value}</v>`);
    return xml;
  });
}
