import { describe, expect, it } from "vitest";
import { unicodeToLegacy } from "../../scripts/fixtures/legacy-encoder.js";
import { sniffContainer } from "../../src/read/sniff-container.js";
import { decodeText } from "../../src/read/text/decode-text.js";
import { compactCells, convertLegacyCells, isLegacyCandidate } from "../../src/read/vietnamese/legacy-cells.js";
import { readFixture } from "./read-fixture.js";

const DIR = "fixtures/formats/encoding";
/** Every cell of the small form with a non-ASCII letter: title, unit line, three labels, four names. */
const LEGACY_CELLS = "A1, C2:C3, B3, B5:B8, D3";

describe("text in every encoding ends up NFC Unicode", () => {
  it("reads NFD text and Ð (U+00D0) as Đ: the unit line is found and the agency known", async () => {
    const read = await readFixture(`${DIR}/nfd-eth.csv`);
    expect(read.total).toBe("300");
    expect(read.agencies).toEqual(["Sở Tư pháp"]);
    expect(read.diagnostics).toEqual([]);
    const [submission] = read.submissions;
    expect(submission?.agencies[0]?.items.map((item) => item.name)).toEqual(["Số hoá tài liệu lưu trữ có giá trị cao", "Phần mềm quản lý hộ tịch"]);
    expect(submission?.agencies[0]?.items[0]?.name.normalize("NFC")).toBe(submission?.agencies[0]?.items[0]?.name);
  });

  it.each([
    ["tcvn3.xlsx", "Biểu mẫu", "TCVN3 (ABC)"],
    ["vni.xlsx", "Biểu mẫu", "VNI-Windows"],
    ["tcvn3.csv", "tcvn3", "TCVN3 (ABC)"],
  ])("converts legacy font text in %s and names the cells (BC107)", async (file, sheet, encoding) => {
    const read = await readFixture(`${DIR}/${file}`);
    expect(read.total).toBe("300");
    expect(read.agencies).toEqual(["Sở Tư pháp"]);
    expect(read.diagnostics).toEqual([
      { file: `${DIR}/${file}`, sheet, cell: "A1", row: 1, code: "BC107", severity: "info", args: { count: "9", encoding, cells: LEGACY_CELLS } },
    ]);
    const names = read.submissions[0]?.agencies[0]?.items.map((item) => item.name);
    expect(names).toEqual(["Số hoá tài liệu lưu trữ có giá trị cao", "Phần mềm quản lý hộ tịch"]);
  });
});

describe("decodeText", () => {
  const text = "STT;Tên nhiệm vụ;Kinh phí\r\n1.1;Số hoá tài liệu;1.234,5\r\n";
  it.each([
    ["UTF-8 with BOM", Buffer.from(`\ufeff${text}`, "utf8"), "utf-8-bom"],
    ["UTF-8", Buffer.from(text, "utf8"), "utf-8"],
    ["UTF-16 LE", Buffer.from(`\ufeff${text}`, "utf16le"), "utf-16le"],
    ["UTF-16 BE", Buffer.from(`\ufeff${text}`, "utf16le").swap16(), "utf-16be"],
  ])("%s", (_, bytes, encoding) => {
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(text);
  });

  it.each([
    ["UTF-16 LE without BOM", Buffer.from(text, "utf16le"), "utf-16le"],
    ["UTF-16 BE without BOM", Buffer.from(text, "utf16le").swap16(), "utf-16be"],
  ])("%s: told by its zero high bytes, and sniffed as text rather than binary", (_, bytes, encoding) => {
    expect(sniffContainer(bytes)).toEqual({ kind: "text" });
    expect(decodeText(bytes)).toEqual({ text, encoding });
  });

  it("takes no binary for UTF-16: an odd length, zeros on both sides, too few zeros", () => {
    const utf16 = Buffer.from(text, "utf16le");
    expect(sniffContainer(utf16.subarray(0, utf16.length - 1))).toEqual({ kind: "binary", what: "" });
    const mixed = Buffer.from(utf16);
    mixed[4] = 0;
    expect(sniffContainer(mixed)).toEqual({ kind: "binary", what: "" });
    const sparse = Buffer.from("Sở Tư pháp ".repeat(40), "utf8");
    sparse[1] = 0;
    expect(sniffContainer(sparse)).toEqual({ kind: "binary", what: "" });
  });

  it("decodes Windows-1258, whose tones are combining marks, to text that normalises to NFC", () => {
    // "Sở Tư pháp": ơ = 0xF5, hook above = 0xD2, ư = 0xFD, á = 0xE1.
    const bytes = Uint8Array.from([0x53, 0xf5, 0xd2, 0x20, 0x54, 0xfd, 0x20, 0x70, 0x68, 0xe1, 0x70, 0x3b, 0x31]);
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe("windows-1258");
    expect(decoded.text.normalize("NFC")).toBe("Sở Tư pháp;1");
  });

  it("keeps 8-bit legacy font text as Latin-1 for the legacy pass", () => {
    const legacy = unicodeToLegacy("Sở Tư pháp;Văn phòng Tỉnh ủy;Chuyển đổi số", "tcvn3");
    const decoded = decodeText(Buffer.from(legacy, "latin1"));
    expect(decoded).toEqual({ text: legacy, encoding: "8-bit-legacy" });
  });
});

describe("legacy cells", () => {
  it("takes only text with Latin-1 letters and no Unicode-only Vietnamese letters as candidates", () => {
    expect(isLegacyCandidate("Së T\u00ad ph¸p")).toBe(true);
    expect(isLegacyCandidate("Sôû Tö phaùp")).toBe(true);
    expect(isLegacyCandidate("Sở Tư pháp")).toBe(false);
    expect(isLegacyCandidate("So Tu phap")).toBe(false);
    expect(isLegacyCandidate("Công an")).toBe(true);
  });

  it("converts a column by its own evidence and leaves Western text alone", () => {
    const pass = convertLegacyCells([
      { row: 4, col: 1, text: "Së T\u00ad ph¸p" },
      { row: 5, col: 1, text: "V¨n phßng TØnh ñy" },
      { row: 4, col: 3, text: "Müller café" },
    ]);
    expect(pass.texts).toEqual(["Sở Tư pháp", "Văn phòng Tỉnh ủy"]);
    expect(pass.conversions).toEqual([{ encoding: "tcvn3", cells: ["B5", "B6"] }]);
  });

  it("writes cell lists compactly", () => {
    expect(compactCells(["A1", "B5", "B6", "B7", "D3", "B9"])).toBe("A1, B5:B7, B9, D3");
    expect(compactCells(["A1", "A3", "A5"], 2)).toBe("A1, A3, … +1");
  });
});
