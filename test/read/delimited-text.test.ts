import { describe, expect, it } from "vitest";
import { sniffContainer } from "../../src/read/sniff-container.js";
import { parseDelimited, sniffDelimiter } from "../../src/read/text/delimited-text.js";

describe("parseDelimited (RFC 4180)", () => {
  it("keeps quoted delimiters, doubled quotes and line breaks inside fields", () => {
    const text = 'STT;Tên;Kinh phí\r\n1.1;"Phần mềm ""một cửa""; bản 2";"1.234,5"\r\n1.2;"Dòng một\nDòng hai";=SUM(C2)\n';
    expect(parseDelimited(text, ";")).toEqual([
      ["STT", "Tên", "Kinh phí"],
      ["1.1", 'Phần mềm "một cửa"; bản 2', "1.234,5"],
      ["1.2", "Dòng một\nDòng hai", "=SUM(C2)"],
    ]);
  });

  it("reads CR line ends, a last line without a break and a trailing empty field", () => {
    expect(parseDelimited("a,b\rc,", ",")).toEqual([
      ["a", "b"],
      ["c", ""],
    ]);
  });

  it("keeps every field as typed: no number guessing", () => {
    expect(parseDelimited("1.234,5\t(1.000)\t1,5\t12/05/2024", "\t")).toEqual([["1.234,5", "(1.000)", "1,5", "12/05/2024"]]);
  });
});

describe("sniffDelimiter", () => {
  it.each([
    ["STT;Tên;Kinh phí\n1.1;Số hoá;1.234,5\n1.2;Phần mềm;0,5\n", ";"],
    ['STT,Tên,Kinh phí\n1.1,Số hoá,"1.234,5"\n1.2,Phần mềm,120\n', ","],
    ["STT\tTên\tKinh phí\n1.1\tSố hoá, lưu trữ\t1.234,5\n", "\t"],
  ])("finds the delimiter of %j", (text, delimiter) => {
    expect(sniffDelimiter(text)).toBe(delimiter);
  });

  it("finds none in prose", () => {
    expect(sniffDelimiter("Kính gửi Sở Khoa học và Công nghệ.\nĐơn vị xin gửi biểu mẫu sau.\n")).toBeUndefined();
  });
});

describe("sniffContainer", () => {
  it.each([
    [[0x50, 0x4b, 0x03, 0x04, 0x14], "zip"],
    [[0xd0, 0xcf, 0x11, 0xe0, 0xa1], "cfb"],
    [[], "empty"],
    [[0xff, 0xfe, 0x53, 0x00], "text"],
    [[0x53, 0x54, 0x54, 0x3b], "text"],
    [[0x25, 0x50, 0x44, 0x46, 0x2d], "binary"],
    [[0x53, 0x00, 0x54, 0x00], "text"],
    [[0x53, 0x00, 0x00, 0x54], "binary"],
    [[0x53, 0x00, 0x54], "binary"],
  ])("%j is %s", (bytes, kind) => {
    expect(sniffContainer(Uint8Array.from(bytes)).kind).toBe(kind);
  });
});
