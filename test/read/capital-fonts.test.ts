import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { deflatedEntry, writeZip } from "../../scripts/hostile-zips.js";
import { gridFromBytes } from "../../src/read/read-file.js";
import { isTcvn3CapitalFont } from "../../src/read/vietnamese/capital-fonts.js";
import { convertLegacyCells } from "../../src/read/vietnamese/legacy-cells.js";
import { odsCapitalFonts } from "../../src/read/vietnamese/ods-capital-fonts.js";
import { biffCapitalFonts, xlsCapitalFonts, xlsWorkbookStream } from "../../src/read/vietnamese/xls-capital-fonts.js";
import { xlsxCapitalFonts } from "../../src/read/vietnamese/xlsx-capital-fonts.js";
import { unpackZip, type ZipEntry } from "../../src/read/zip/zip-guard.js";
import { readFixture } from "./read-fixture.js";

const DIR = "fixtures/formats/encoding";
/** A guard against a hang, not a timing: the readers' time on hostile input is measured by `npm run bench`. */
const HANG_GUARD_MS = 30_000;
/** Every converted cell of the fixture: the lines above the table, the labels, the names, the total. */
const CONVERTED = "A1, A4, C1:C2, C5:C6, B6, B8:B11, D6";

describe("text in a TCVN3 capital font (.VnTimeH) reads as the capitals it shows", () => {
  it.each(["tcvn3-capital-font.xlsx", "tcvn3-capital-font.ods", "tcvn3-capital-font.xls"])(
    "%s: the agency is SỞ TƯ PHÁP, known to the registry; items keep their case",
    async (file) => {
      const read = await readFixture(`${DIR}/${file}`);
      expect(read.total).toBe("300");
      expect(read.byYear).toEqual({ 2025: "110", 2026: "190" });
      expect(read.agencies).toEqual(["Sở Tư pháp"]);
      expect(read.diagnostics).toEqual([
        {
          file: `${DIR}/${file}`,
          sheet: "Biểu mẫu",
          cell: "A1",
          row: 1,
          code: "BC107",
          severity: "info",
          args: { count: "12", encoding: "TCVN3 (ABC)", cells: CONVERTED },
        },
      ]);
      const agency = read.submissions[0]?.agencies[0];
      expect(agency?.name).toBe("SỞ TƯ PHÁP");
      expect(agency?.items.map((item) => item.name)).toEqual(["Số hoá tài liệu lưu trữ có giá trị cao", "Phần mềm quản lý hộ tịch"]);
    },
  );

  it.each(["xlsx", "xls"])("converts the capital-font lines above and in the table to capitals, and no other (.%s)", async (extension) => {
    const read = await gridFromBytes(`form.${extension}`, readFileSync(`${DIR}/tcvn3-capital-font.${extension}`));
    if (!read.ok) throw new Error("the fixture must read");
    const text = (row: number, col: number) => read.grid.sheets[0]?.rows[row]?.[col]?.value;
    expect(text(0, 0)).toEqual({ kind: "text", value: "SỞ TƯ PHÁP" });
    expect(text(0, 2)).toEqual({ kind: "text", value: "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM" });
    expect(text(1, 2)).toEqual({ kind: "text", value: "Độc lập - Tự do - Hạnh phúc" });
    expect(text(3, 0)).toEqual({ kind: "text", value: "BIỂU MẪU ĐỀ XUẤT DỰ ÁN, NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2025-2026" });
    expect(text(5, 1)).toEqual({ kind: "text", value: "TÊN DỰ ÁN/NHIỆM VỤ" });
    expect(text(5, 2)).toEqual({ kind: "text", value: "Tổng kinh phí" });
    expect(text(10, 1)).toEqual({ kind: "text", value: "TỔNG CỘNG" });
  });

  it("reads the fixture with a malformed styles part as before: lowercase, never an error", async () => {
    const entries = unpackZipOrThrow(readFileSync(`${DIR}/tcvn3-capital-font.xlsx`));
    const styles = entries.find((entry) => entry.name === "xl/styles.xml");
    const text = new TextDecoder().decode(styles?.data);
    for (const broken of [
      text.slice(0, text.indexOf("</fonts>") - 20),
      text.replace(/fontId="1"/g, 'fontId="x"'),
      "<fonts><font><name val='.VnTimeH'",
      "\u0000\uffff<<<",
    ]) {
      const bytes = writeZip(entries.map((entry) => deflatedEntry(entry.name, entry.name === "xl/styles.xml" ? broken : entry.data)));
      const read = await gridFromBytes("form.xlsx", bytes);
      const agency = read.ok ? read.grid.sheets[0]?.rows[7]?.[1]?.value : read.finding.args;
      expect(agency).toEqual({ kind: "text", value: "Sở Tư pháp" });
    }
  });
});

describe("isTcvn3CapitalFont", () => {
  it.each([".VnTimeH", ".VnArialH", ".VnArial NarrowH", " .VnTimeH ", ".VNTIMEH"])("%s is a capital font", (name) => {
    expect(isTcvn3CapitalFont(name)).toBe(true);
  });
  it.each([".VnTime", ".VnArial", "Times New Roman", "VNI-Times", "VNI-Helve", "H", ".Vn"])("%s is not", (name) => {
    expect(isTcvn3CapitalFont(name)).toBe(false);
  });
});

describe("convertLegacyCells with capital fonts", () => {
  const cells = [
    { row: 4, col: 1, text: "Së T\u00ad ph¸p" },
    { row: 5, col: 1, text: "V¨n phßng TØnh ñy" },
  ];

  it("upper-cases the TCVN3 cells set in a capital font, and only those", () => {
    const pass = convertLegacyCells(cells, (row) => row === 4);
    expect(pass.texts).toEqual(["SỞ TƯ PHÁP", "Văn phòng Tỉnh ủy"]);
    expect(pass.conversions).toEqual([{ encoding: "tcvn3", cells: ["B5", "B6"] }]);
  });

  it("leaves VNI text as typed: a .Vn capital font is a TCVN3 font", () => {
    const pass = convertLegacyCells(
      [
        { row: 0, col: 0, text: "Sôû Tö phaùp" },
        { row: 1, col: 0, text: "Vaên phoøng Tænh uûy" },
      ],
      () => true,
    );
    expect(pass.texts).toEqual(["Sở Tư pháp", "Văn phòng Tỉnh ủy"]);
  });

  it("asks about converted cells only", () => {
    const asked: string[] = [];
    convertLegacyCells([...cells, { row: 9, col: 3, text: "Müller café" }], (row, col) => {
      asked.push(`${row},${col}`);
      return false;
    });
    expect(asked).toEqual(["4,1", "5,1"]);
  });
});

function entry(name: string, text: string): ZipEntry {
  return { name, byteName: name, data: new TextEncoder().encode(text) };
}

function unpackZipOrThrow(bytes: Uint8Array): ZipEntry[] {
  const unpacked = unpackZip(bytes);
  if ("problem" in unpacked) throw new Error(unpacked.problem.kind);
  return unpacked.entries;
}

const WORKBOOK = '<workbook><sheets><sheet name="A" r:id="rId1"/><sheet name="B" r:id="rId2"/></sheets></workbook>';
const RELS =
  '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Target="/xl/worksheets/b.xml"/>' +
  '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="theStyles.xml"/></Relationships>';
/** Fonts: 0 Calibri, 1 .VnTime, 2 .VnTimeH (prefixed, single quotes); formats: 0 → 0, 1 → 2, 2 → 1, 3 → 2. */
const STYLES =
  '<x:styleSheet><x:fonts count="3"><x:font><x:name val="Calibri"/></x:font><x:font><x:b/><x:name val=".VnTime"/></x:font><x:font><x:sz val="13"/><x:name val=\'.VnTimeH\'/></x:font></x:fonts>' +
  '<x:cellStyleXfs><x:xf fontId="2"/></x:cellStyleXfs>' +
  '<x:cellXfs count="4"><x:xf numFmtId="0" fontId="0"/><x:xf fontId="2" applyFont="1"><x:alignment/></x:xf><x:xf fontId="1"/><x:xf fontId=\'2\'/></x:cellXfs>' +
  '<x:dxfs><x:dxf><x:font><x:name val=".VnArialH"/></x:font></x:dxf></x:dxfs></x:styleSheet>';

function xlsx(styles: string, sheets: Record<string, string>): ZipEntry[] {
  return [
    entry("xl/workbook.xml", WORKBOOK),
    entry("xl/_rels/workbook.xml.rels", RELS),
    entry("xl/theStyles.xml", styles),
    ...Object.entries(sheets).map(([name, xml]) => entry(name, xml)),
  ];
}

describe("xlsxCapitalFonts", () => {
  it("finds the text cells whose format's font is a capital font, counting rows and columns as SheetJS does", () => {
    const lookup = xlsxCapitalFonts(
      xlsx(STYLES, {
        "xl/worksheets/sheet1.xml":
          '<sheetData><row r="3"><c r="A3" s="1" t="s"><v>0</v></c><c s="3" t="str"/><c r="D3" s="2" t="s"/></row><row><c s="0" t="s"/><c s="1" t="inlineStr"/></row>' +
          '<row r="9"><c r="AB9" s="3" t="s"/><c t="s"/><c r="AD9" s="1"><v>1</v></c></row></sheetData>',
        "xl/worksheets/b.xml": "<sheetData><row><c r='A1' s='1' t='s'/></row></sheetData>",
      }),
    );
    const first = lookup?.(0);
    expect(
      [
        [2, 0],
        [2, 1],
        [2, 3],
        [3, 0],
        [3, 1],
        [8, 27],
        [8, 28],
        [8, 29],
      ].map(([r = 0, c = 0]) => first?.(r, c)),
    ).toEqual([true, true, false, false, true, true, false, false]);
    expect(lookup?.(1)?.(0, 0)).toBe(true);
    expect(lookup?.(2)?.(0, 0)).toBe(false);
  });

  it("reads no sheet when no cell format uses a capital font", () => {
    expect(xlsxCapitalFonts(xlsx(STYLES.replace("'.VnTimeH'", "'Times New Roman'"), {}))).toBeUndefined();
    expect(xlsxCapitalFonts(xlsx(STYLES.replace(/fontId=(["'])2\1/g, 'fontId="1"'), {}))).toBeUndefined();
  });

  it("gives unstyled text cells the capitals of format 0", () => {
    const lookup = xlsxCapitalFonts(
      xlsx(STYLES.replace('numFmtId="0" fontId="0"', 'fontId="2"'), {
        "xl/worksheets/sheet1.xml": '<row r="1"><c r="B1" t="s"/><c r="C1" s="2" t="s"/><c r="D1"><v>1</v></c></row>',
      }),
    );
    expect([lookup?.(0)?.(0, 1), lookup?.(0)?.(0, 2), lookup?.(0)?.(0, 3)]).toEqual([true, false, false]);
  });

  it(
    "never throws on malformed or hostile styles and sheets, nor hangs (their time is in npm run bench)",
    () => {
      const hostile = [
        "",
        "<fonts",
        "<fonts><font><name val='.VnTimeH'/></font></fonts><cellXfs><xf fontId='0'",
        "<fonts><font><name val='.VnTimeH'/></font></fonts><cellXfs><xf fontId='99999999999999999999'/></cellXfs>",
        "<fonts".repeat(200_000),
        `<fonts>${"<font".repeat(200_000)}`,
        `<fonts><font><name val=".VnTimeH"/></font></fonts><cellXfs>${"<xf fontId='0'/>".repeat(100_000)}</cellXfs>`,
      ];
      for (const styles of hostile) {
        const lookup = xlsxCapitalFonts(
          xlsx(styles, { "xl/worksheets/sheet1.xml": `<row r="1048577"><c r="XFE1" s="0"/></row>${"<c s='0'".repeat(100_000)}<row r="x"><c r="A"/></row>` }),
        );
        expect(() => lookup?.(0)?.(0, 0)).not.toThrow();
      }
    },
    HANG_GUARD_MS,
  );
});

const FACES =
  '<office:font-face-decls><style:font-face style:name="Cap" svg:font-family="&apos;.VnTimeH&apos;"/><style:font-face style:name=".VnTime" svg:font-family=".VnTime"/></office:font-face-decls>';
const NAMED =
  '<office:styles><style:style style:name="Heading" style:family="table-cell"><style:text-properties style:font-name="Cap"/></style:style></office:styles>';

function ods(automatic: string, tables: string): string {
  return `${FACES}<office:automatic-styles>${automatic}</office:automatic-styles><office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body>`;
}

describe("odsCapitalFonts", () => {
  const automatic =
    '<style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Heading"><style:table-cell-properties/></style:style>' +
    '<style:style style:name="ce2" style:family="table-cell"><style:text-properties style:font-name=".VnTime"/></style:style>' +
    '<style:style style:name="ce3" style:family="table-cell"><style:text-properties fo:font-family="\'.VnArialH\', serif"/></style:style>' +
    '<style:style style:name="T1" style:family="text"><style:text-properties style:font-name="Cap"/></style:style>';

  it("follows parent styles and font faces, and counts repeats and covered cells as SheetJS does", () => {
    const tables =
      '<table:table table:name="A"><table:table-column table:default-cell-style-name="ce2"/><table:table-column table:number-columns-repeated="2" table:default-cell-style-name="ce1"/>' +
      '<table:table-row><table:table-cell table:style-name="ce1" office:value-type="string"><text:p>x</text:p></table:table-cell><table:covered-table-cell table:number-columns-repeated="2"/><table:table-cell table:style-name="ce3"><text:p>x</text:p></table:table-cell></table:table-row>' +
      '<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="2"><text:p>y</text:p></table:table-cell><table:table-cell/></table:table-row>' +
      '<table:table-row table:default-cell-style-name="ce2"><table:table-cell table:number-columns-repeated="3"><text:p>z</text:p></table:table-cell></table:table-row>' +
      '</table:table><table:table table:name="B"><table:table-row><table:table-cell table:style-name="T1"><text:p>w</text:p></table:table-cell><table:table-cell table:style-name="ce1" office:value-type="string" office:string-value="v"/></table:table-row></table:table>';
    const lookup = odsCapitalFonts(ods(automatic, tables), NAMED);
    const a = lookup?.(0);
    const b = lookup?.(1);
    expect(
      [
        [0, 0],
        [0, 1],
        [0, 3],
        [1, 0],
        [1, 1],
        [2, 1],
        [1, 2],
        [3, 1],
      ].map(([r = 0, c = 0]) => a?.(r, c)),
    ).toEqual([true, false, true, false, true, true, false, false]);
    expect([b?.(0, 0), b?.(0, 1)]).toEqual([false, true]);
  });

  it("reads no sheet when no cell style uses a capital font", () => {
    expect(odsCapitalFonts(ods(automatic.replace(".VnArialH", "Arial"), ""), NAMED.replace('"Cap"', '".VnTime"'))).toBeUndefined();
  });

  it("gives cells without a style the document's default font", () => {
    const styles = '<style:default-style style:family="table-cell"><style:text-properties style:font-name="Cap"/></style:default-style>';
    const lookup = odsCapitalFonts(
      ods("", "<table:table><table:table-row><table:table-cell><text:p>a</text:p></table:table-cell></table:table-row></table:table>"),
      FACES + styles,
    );
    expect(lookup?.(0)?.(0, 0)).toBe(true);
  });

  it(
    "never throws on malformed or hostile XML, nor hangs (their time is in npm run bench)",
    () => {
      const loop =
        '<style:style style:name="L1" style:family="table-cell" style:parent-style-name="L2"/><style:style style:name="L2" style:family="table-cell" style:parent-style-name="L1"/>';
      for (const [content, styles] of [
        ["<table:table", "<style:style"],
        [
          ods(
            automatic,
            `<table:table><table:table-row table:number-rows-repeated="99999999999"><table:table-cell table:style-name="ce1" table:number-columns-repeated="99999999"><text:p/></table:table-cell></table:table-row></table:table>`,
          ),
          NAMED,
        ],
        [ods(automatic + loop, `<table:table>${"<table:table-cell table:style-name='L1'>".repeat(50_000)}`), NAMED],
        [ods(automatic, `<table:table>${"<table:table-row".repeat(200_000)}`), `${"<style:style".repeat(200_000)}`],
      ] as const) {
        expect(() => odsCapitalFonts(content, styles)?.(0)?.(0, 0)).not.toThrow();
      }
    },
    HANG_GUARD_MS,
  );
});

/** One BIFF record: type, length, body. */
function record(type: number, body: readonly number[]): number[] {
  return [type & 0xff, type >> 8, body.length & 0xff, body.length >> 8, ...body];
}

function u16(value: number): number[] {
  return [value & 0xff, value >> 8];
}

function u32(value: number): number[] {
  return [...u16(value & 0xffff), ...u16(value >>> 16)];
}

/** A BIFF8 FONT record: 14 bytes of metrics, then the name (8-bit, or UTF-16 with `wide`). */
function font(name: string, wide = false): number[] {
  const chars = [...name].flatMap((char) => (wide ? u16(char.charCodeAt(0)) : [char.charCodeAt(0)]));
  return record(0x0031, [...new Array<number>(14).fill(0), name.length, wide ? 1 : 0, ...chars]);
}

const BOF8 = record(0x0809, [...u16(0x0600), ...u16(0x0005), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
const EOF = record(0x000a, []);

/** A text cell record (LABELSST by default) at a row and column in a format. */
function cell(row: number, col: number, ixfe: number, type = 0x00fd): number[] {
  return record(type, [...u16(row), ...u16(col), ...u16(ixfe), 0, 0, 0, 0]);
}

/** A FORMULA record whose cached result is text, or a number with `numeric`. */
function formula(row: number, col: number, ixfe: number, numeric = false): number[] {
  return record(0x0006, [...u16(row), ...u16(col), ...u16(ixfe), numeric ? 1 : 0, 0, 0, 0, 0, 0, ...(numeric ? [0, 0] : u16(0xffff)), 0, 0, 0, 0, 0, 0]);
}

/**
 * A workbook stream: fonts 0-3 Arial, 5 `.VnTimeH`, 6 `.VnArialH` in UTF-16 (or the two `names`), 7 `.VnTime`
 * (BIFF has no font 4); formats 0 → 0, 1 → 5, 2 → 4 (none), 3 → 6, 4 → 7; the sheets' BOUNDSHEETs listed last first.
 */
function stream(
  sheets: readonly (readonly number[])[],
  globals: readonly number[] = [],
  [five = ".VnTimeH", six = ".VnArialH"]: readonly string[] = [],
): Uint8Array {
  const fonts = [...font("Arial"), ...font("Arial"), ...font("Arial"), ...font("Arial"), ...font(five), ...font(six, true), ...font(".VnTime")];
  const xfs = [0, 5, 4, 6, 7].flatMap((ifnt) => record(0x00e0, [...u16(ifnt), ...new Array<number>(18).fill(0)]));
  const boundSheet = (at: number) => record(0x0085, [...u32(at), 0, 0, 1, 0, 65]);
  const head = BOF8.length + fonts.length + xfs.length + globals.length + sheets.length * boundSheet(0).length + EOF.length;
  const starts = sheets.map((_, index) => head + sheets.slice(0, index).reduce((sum, sheet) => sum + sheet.length, 0));
  return Uint8Array.from([...BOF8, ...fonts, ...xfs, ...globals, ...starts.toReversed().flatMap(boundSheet), ...EOF, ...sheets.flat()]);
}

describe("biffCapitalFonts", () => {
  const first = [
    ...BOF8,
    ...cell(2, 1, 1),
    ...cell(2, 2, 0),
    ...cell(3, 0, 2),
    ...cell(3, 1, 3, 0x0204),
    ...cell(3, 2, 4, 0x00d6),
    ...BOF8,
    ...cell(7, 7, 1),
    ...EOF,
    ...formula(5, 0, 1),
    ...formula(5, 1, 1, true),
    ...EOF,
  ];
  const second = [...BOF8, ...cell(0, 0, 3, 0x00d6), ...EOF];

  it("finds the text cells whose format's font is a capital font, skipping font 4 and a chart's records, sheets in stream order", () => {
    const lookup = biffCapitalFonts(stream([first, second]));
    const a = lookup?.(0);
    expect(
      [
        [2, 1],
        [2, 2],
        [3, 0],
        [3, 1],
        [3, 2],
        [7, 7],
        [5, 0],
        [5, 1],
      ].map(([r = 0, c = 0]) => a?.(r, c)),
    ).toEqual([true, false, false, true, false, false, true, false]);
    expect(lookup?.(1)?.(0, 0)).toBe(true);
    expect(lookup?.(2)?.(0, 0)).toBe(false);
  });

  it("reads no sheet when no format uses a capital font, and nothing of an encrypted file", () => {
    expect(biffCapitalFonts(stream([first], [], ["Times New Roman", ".VnArial"]))).toBeUndefined();
    expect(biffCapitalFonts(stream([first], record(0x002f, [0, 0])))).toBeUndefined();
  });

  it(
    "never throws nor loops on truncated, garbage or hostile records (their time is in npm run bench)",
    () => {
      const workbook = xlsWorkbookStream(readFileSync(`${DIR}/tcvn3-capital-font.xls`)) ?? new Uint8Array();
      expect(biffCapitalFonts(workbook)?.(0)?.(0, 0)).toBe(true);
      const lookups = (bytes: Uint8Array) => [0, 1, 2].map((sheet) => biffCapitalFonts(bytes)?.(sheet)?.(0, 0) ?? false);
      for (let length = 0; length < workbook.length; length += 7) expect(() => lookups(workbook.subarray(0, length))).not.toThrow();
      let seed = 1;
      const garbage = Uint8Array.from({ length: 200_000 }, () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) & 0xff);
      garbage.set(BOF8);
      const hostile = [
        garbage,
        stream([first], record(0x0085, [...u32(0xffffffff), 0, 0, 1, 0, 65])),
        stream([[...BOF8, ...cell(0, 0, 1), 0x0a, 0x00, 0xff, 0xff]]),
        stream([[...BOF8, ...new Array<number>(50_000).fill(0)]]),
        stream([[...BOF8, ...Array.from({ length: 20_000 }, () => BOF8).flat()]]),
        Uint8Array.from([...BOF8.slice(0, 6), 0xff, 0xff]),
        new Uint8Array(3),
      ];
      for (const bytes of hostile) expect(() => lookups(bytes)).not.toThrow();
      expect(lookups(hostile[1] ?? new Uint8Array())).toEqual([false, false, false]);
      expect(lookups(hostile[2] ?? new Uint8Array())).toEqual([true, false, false]);
      expect(xlsCapitalFonts(readFileSync(`${DIR}/tcvn3-capital-font.xlsx`))).toBeUndefined();
      expect(xlsCapitalFonts(readFileSync(`${DIR}/tcvn3-capital-font.xls`).subarray(0, 1000))).toBeUndefined();
    },
    HANG_GUARD_MS,
  );
});
