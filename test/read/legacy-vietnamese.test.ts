import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { unicodeToLegacy } from "../../scripts/fixtures/legacy-encoder.js";
import { type LegacyEncoding, legacyToUnicode } from "../../src/read/vietnamese/legacy-codec.js";
import { detectLegacyEncoding } from "../../src/read/vietnamese/legacy-detection.js";

/** Every non-ASCII lowercase Vietnamese letter, written out by hand: 12 vowels × 5 tones, ă â ê ô ơ ư, đ. */
const LOWERCASE = [
  ..."àảãáạ",
  ..."ăằẳẵắặ",
  ..."âầẩẫấậ",
  ..."èẻẽéẹ",
  ..."êềểễếệ",
  ..."ìỉĩíị",
  ..."òỏõóọ",
  ..."ôồổỗốộ",
  ..."ơờởỡớợ",
  ..."ùủũúụ",
  ..."ưừửữứự",
  ..."ỳỷỹýỵ",
  "đ",
];
const UPPERCASE = [
  ..."ÀẢÃÁẠ",
  ..."ĂẰẲẴẮẶ",
  ..."ÂẦẨẪẤẬ",
  ..."ÈẺẼÉẸ",
  ..."ÊỀỂỄẾỆ",
  ..."ÌỈĨÍỊ",
  ..."ÒỎÕÓỌ",
  ..."ÔỒỔỖỐỘ",
  ..."ƠỜỞỠỚỢ",
  ..."ÙỦŨÚỤ",
  ..."ƯỪỬỮỨỰ",
  ..."ỲỶỸÝỴ",
  "Đ",
];
/** The capitals the TCVN3 ABC table has codes for. */
const TCVN3_CAPITALS = [..."ĂÂÊÔƠƯĐ"];

/** Phrases with their legacy spellings, derived by hand from the published code tables. */
const PHRASES: ReadonlyArray<{ unicode: string; tcvn3: string; vni: string }> = [
  { unicode: "Sở Tư pháp", tcvn3: "Së T\u00ad ph¸p", vni: "Sôû Tö phaùp" },
  { unicode: "Văn phòng Tỉnh ủy", tcvn3: "V¨n phßng TØnh ñy", vni: "Vaên phoøng Tænh uûy" },
  { unicode: "Sở Khoa học và Công nghệ", tcvn3: "Së Khoa häc vµ C«ng nghÖ", vni: "Sôû Khoa hoïc vaø Coâng ngheä" },
  { unicode: "Chuyển đổi số", tcvn3: "ChuyÓn ®æi sè", vni: "Chuyeån ñoåi soá" },
  { unicode: "Đề án chuyển đổi số tỉnh Quảng Ngãi", tcvn3: "§Ò ¸n chuyÓn ®æi sè tØnh Qu¶ng Ng·i", vni: "Ñeà aùn chuyeån ñoåi soá tænh Quaûng Ngaõi" },
  { unicode: "Người lập biểu", tcvn3: "Ng\u00adêi lËp biÓu", vni: "Ngöôøi laäp bieåu" },
];

const ENCODINGS: readonly LegacyEncoding[] = ["tcvn3", "vni"];

describe("letter inventory", () => {
  it("lists 67 lowercase and 67 uppercase letters", () => {
    expect(LOWERCASE).toHaveLength(67);
    expect(UPPERCASE).toEqual(LOWERCASE.map((ch) => ch.toUpperCase()));
    expect(new Set([...LOWERCASE, ...UPPERCASE]).size).toBe(134);
  });
});

describe("round trip of every letter", () => {
  it.each([...LOWERCASE, ...UPPERCASE])("vni: %s", (ch) => {
    expect(legacyToUnicode(unicodeToLegacy(ch, "vni"), "vni")).toBe(ch);
  });

  it.each([...LOWERCASE, ...TCVN3_CAPITALS])("tcvn3: %s", (ch) => {
    expect(legacyToUnicode(unicodeToLegacy(ch, "tcvn3"), "tcvn3")).toBe(ch);
  });

  it.each(UPPERCASE)("tcvn3 capital font: %s", (ch) => {
    expect(legacyToUnicode(unicodeToLegacy(ch, "tcvn3"), "tcvn3", { capitals: true })).toBe(ch);
  });

  it("gives each letter its own code", () => {
    for (const encoding of ENCODINGS) {
      const codes = LOWERCASE.map((ch) => unicodeToLegacy(ch, encoding));
      expect(new Set(codes).size).toBe(LOWERCASE.length);
    }
    const vniUpper = UPPERCASE.map((ch) => unicodeToLegacy(ch, "vni"));
    expect(new Set(vniUpper).size).toBe(UPPERCASE.length);
  });

  it("round-trips random Vietnamese text", () => {
    const ascii = [..."abcdeghiklmnopqrstuvxyABCDGHKLMNPQRSTVXY0123456789 .,-"];
    const vni = fc.array(fc.constantFrom(...LOWERCASE, ...UPPERCASE, ...ascii)).map((chars) => chars.join(""));
    fc.assert(fc.property(vni, (text) => legacyToUnicode(unicodeToLegacy(text, "vni"), "vni") === text));
    const tcvn3 = fc.array(fc.constantFrom(...LOWERCASE, ...TCVN3_CAPITALS, ...ascii)).map((chars) => chars.join(""));
    fc.assert(fc.property(tcvn3, (text) => legacyToUnicode(unicodeToLegacy(text, "tcvn3"), "tcvn3") === text));
  });
});

describe("code tables", () => {
  it("uses the published TCVN3 (ABC) codes", () => {
    const expected: ReadonlyArray<readonly [string, number]> = [
      ["ư", 0xad],
      ["á", 0xb8],
      ["à", 0xb5],
      ["ạ", 0xb9],
      ["ă", 0xa8],
      ["â", 0xa9],
      ["ê", 0xaa],
      ["ô", 0xab],
      ["ơ", 0xac],
      ["đ", 0xae],
      ["ở", 0xeb],
      ["ặ", 0xc6],
      ["ĩ", 0xdc],
      ["ỵ", 0xfe],
      ["Ă", 0xa1],
      ["Â", 0xa2],
      ["Ê", 0xa3],
      ["Ô", 0xa4],
      ["Ơ", 0xa5],
      ["Ư", 0xa6],
      ["Đ", 0xa7],
    ];
    for (const [ch, code] of expected) expect(unicodeToLegacy(ch, "tcvn3")).toBe(String.fromCharCode(code));
  });

  it("uses the published VNI-Windows codes", () => {
    const expected: ReadonlyArray<readonly [string, string]> = [
      ["á", "aù"],
      ["ở", "ôû"],
      ["ơ", "ô"],
      ["ô", "oâ"],
      ["ư", "ö"],
      ["Ư", "Ö"],
      ["đ", "ñ"],
      ["Đ", "Ñ"],
      ["ă", "aê"],
      ["ắ", "aé"],
      ["ấ", "aá"],
      ["ỉ", "æ"],
      ["ĩ", "ó"],
      ["ị", "ò"],
      ["ỵ", "î"],
      ["Ữ", "ÖÕ"],
    ];
    for (const [ch, code] of expected) expect(unicodeToLegacy(ch, "vni")).toBe(code);
  });

  it("types TCVN3 capitals with tone marks as the lowercase code of a capital font", () => {
    expect(unicodeToLegacy("Ở", "tcvn3")).toBe("ë");
    expect(unicodeToLegacy("Ấ", "tcvn3")).toBe("Ê");
    expect(unicodeToLegacy("Ữ", "tcvn3")).toBe("÷");
    expect(legacyToUnicode("ë", "tcvn3", { capitals: true })).toBe("Ở");
    expect(legacyToUnicode("Ê", "tcvn3", { capitals: true })).toBe("Ấ");
    expect(legacyToUnicode("÷", "tcvn3", { capitals: true })).toBe("Ữ");
    expect(legacyToUnicode("ë", "tcvn3")).toBe("ở");
    expect(legacyToUnicode("Së T\u00ad ph¸p", "tcvn3", { capitals: true })).toBe("SỞ TƯ PHÁP");
  });

  it("refuses characters the encoding uses for letters", () => {
    expect(() => unicodeToLegacy("Müller", "tcvn3")).toThrow(RangeError);
    expect(() => unicodeToLegacy("© 2024", "tcvn3")).toThrow(RangeError);
    expect(() => unicodeToLegacy("Müller", "vni")).toThrow(RangeError);
    expect(unicodeToLegacy("© 2024", "vni")).toBe("© 2024");
  });
});

describe("legacyToUnicode", () => {
  it("converts the known examples", () => {
    expect(legacyToUnicode("Së T\u00ad ph¸p", "tcvn3")).toBe("Sở Tư pháp");
    expect(legacyToUnicode("Sôû Tö phaùp", "vni")).toBe("Sở Tư pháp");
  });

  it.each(PHRASES)("converts $unicode", ({ unicode, tcvn3, vni }) => {
    expect(legacyToUnicode(tcvn3, "tcvn3")).toBe(unicode);
    expect(legacyToUnicode(vni, "vni")).toBe(unicode);
    expect(unicodeToLegacy(unicode, "tcvn3")).toBe(tcvn3);
    expect(unicodeToLegacy(unicode, "vni")).toBe(vni);
  });

  it("round-trips a phrase starting with a TCVN3 capital with a tone mark", () => {
    const unicode = "Ủy ban nhân dân tỉnh Quảng Ngãi";
    expect(legacyToUnicode(unicodeToLegacy(unicode, "vni"), "vni")).toBe(unicode);
    expect(unicodeToLegacy(unicode, "vni")).toBe("UÛy ban nhaân daân tænh Quaûng Ngaõi");
    expect(unicodeToLegacy(unicode, "tcvn3")).toBe("ñy ban nh©n d©n tØnh Qu¶ng Ng·i");
    expect(legacyToUnicode(unicodeToLegacy(unicode, "tcvn3"), "tcvn3")).toBe("ủy ban nhân dân tỉnh Quảng Ngãi");
    const capitals = unicode.toUpperCase();
    expect(legacyToUnicode(unicodeToLegacy(capitals, "tcvn3"), "tcvn3", { capitals: true })).toBe(capitals);
  });

  it("keeps the TCVN3 soft hyphen as ư when it ends the text", () => {
    expect(legacyToUnicode("T\u00ad", "tcvn3")).toBe("Tư");
    expect(legacyToUnicode(" \u00adu ", "tcvn3")).toBe(" ưu ");
  });

  it("matches the longest VNI code first", () => {
    expect(legacyToUnicode("ôû", "vni")).toBe("ở");
    expect(legacyToUnicode("ô", "vni")).toBe("ơ");
    expect(legacyToUnicode("oâ", "vni")).toBe("ô");
    expect(legacyToUnicode("Ngöôøi", "vni")).toBe("Người");
    expect(legacyToUnicode("NGÖÔØI", "vni")).toBe("NGƯỜI");
  });

  it("reads a VNI capital followed by a lowercase mark", () => {
    expect(legacyToUnicode("UÛy ban", "vni")).toBe("Ủy ban");
    expect(legacyToUnicode("Uûy ban", "vni")).toBe("Ủy ban");
  });

  it("returns NFC and keeps digits and punctuation", () => {
    const out = legacyToUnicode("Tæng céng: 31.575 (triÖu ®ång)", "tcvn3");
    expect(out).toBe("Tổng cộng: 31.575 (triệu đồng)");
    expect(out).toBe(out.normalize("NFC"));
  });
});

describe("detectLegacyEncoding", () => {
  it.each(PHRASES)("detects $unicode in both encodings", ({ tcvn3, vni }) => {
    expect(detectLegacyEncoding(tcvn3)).toBe("tcvn3");
    expect(detectLegacyEncoding(vni)).toBe("vni");
  });

  it.each(["Ủy ban nhân dân tỉnh Quảng Ngãi", "Văn phòng Tỉnh ủy", "Sở Tư pháp"])("detects the encoded forms of %s", (unicode) => {
    for (const encoding of ENCODINGS) expect(detectLegacyEncoding(unicodeToLegacy(unicode, encoding))).toBe(encoding);
  });

  it.each([
    ...PHRASES.map(({ unicode }) => unicode),
    "Ủy ban nhân dân tỉnh Quảng Ngãi",
    "Tên tôi là",
    "Hoà Bình",
    "Có",
    "Cà phê và bánh mì",
    "",
    "TOTAL",
    "Budget 2025",
    "31.575",
    "1.234.567,89",
    "Müller",
    "café",
    "São Paulo",
    "naïve",
    "Müller café",
    "Où est la gare ?",
    "Straße, señor, São Tomé e Príncipe",
    "© 2024 ACME®",
    "5 µm × 3 µm",
    "½ + ¼ = ¾",
    "«Bonjour»",
  ])("returns null for %j", (text) => {
    expect(detectLegacyEncoding(text)).toBeNull();
  });

  it("needs more than one converted word", () => {
    expect(detectLegacyEncoding("ph¸p")).toBeNull();
    expect(detectLegacyEncoding("phaùp")).toBeNull();
  });

  it("detects a column of cells joined together", () => {
    const cells = ["STT", "Tªn nhiÖm vô", "Tæng kinh phÝ", "Ghi chó"];
    expect(detectLegacyEncoding(cells.join(" "))).toBe("tcvn3");
  });
});
