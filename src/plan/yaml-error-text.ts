import type { ErrorCode } from "yaml";
import type { PlanLang } from "./plan-problem.js";

type Texts = Readonly<Record<PlanLang, string>>;

/**
 * Sentences for the YAML parser's errors that have a clearer cause than their code, picked by the
 * parser's English message (which is never shown).
 */
const BY_MESSAGE: readonly (readonly [RegExp, Texts])[] = [
  [/end with a \]/, { vi: "thiếu dấu ] đóng danh sách mở bằng [", en: "a ] is missing to close the list opened with [" }],
  [/end with a \}/, { vi: "thiếu dấu } đóng mục mở bằng {", en: "a } is missing to close the entry opened with {" }],
  [/closing .?quote/, { vi: "thiếu dấu nháy đóng", en: "a closing quote is missing" }],
  [/Missing , /, { vi: "thiếu dấu phẩy giữa các mục trong [ ] hoặc { }", en: "a comma is missing between the items in [ ] or { }" }],
  [/Missing space after :/, { vi: "thiếu dấu cách sau dấu hai chấm", en: "a space is missing after the colon" }],
  [/Comments must be separated/, { vi: "dấu # của ghi chú phải cách phần trước một dấu cách", en: "a comment's # must have a space before it" }],
  [
    /Sequence item without - indicator/,
    { vi: "thụt lề không thẳng hàng, hoặc thiếu dấu - ở đầu mục", en: "the indentation does not line up, or an entry lacks its - mark" },
  ],
  [/followed by map values/, { vi: "khóa thiếu dấu hai chấm và giá trị (viết khóa: giá trị)", en: "a key needs a colon and a value (write key: value)" }],
];

const BY_CODE: Partial<Readonly<Record<ErrorCode, Texts>>> = {
  DUPLICATE_KEY: {
    vi: "khóa này đã viết ở trên trong cùng mục; mỗi khóa chỉ viết một lần",
    en: "this key is already written above in the same entry; write each key once",
  },
  TAB_AS_INDENT: { vi: "không thụt lề bằng phím Tab; hãy dùng dấu cách", en: "indent with spaces, not tabs" },
  BAD_INDENT: {
    vi: "thụt lề không thẳng hàng: các mục cùng cấp phải bắt đầu ở cùng một cột",
    en: "the indentation does not line up: entries of one level start in the same column",
  },
  MULTILINE_IMPLICIT_KEY: {
    vi: "khóa phải nằm trên một dòng và có dấu hai chấm theo sau (viết khóa: giá trị)",
    en: "a key must be on one line, followed by a colon (write key: value)",
  },
  BLOCK_AS_IMPLICIT_KEY: { vi: "thụt lề không thẳng hàng với mục bên trên", en: "the indentation does not line up with the entry above" },
  BLOCK_IN_FLOW: {
    vi: "thiếu dấu phẩy giữa các mục trong { }, hoặc một danh sách viết nhiều dòng bên trong [ ] hay { }",
    en: "a comma is missing between the items in { }, or a list spans lines inside [ ] or { }",
  },
  MULTIPLE_DOCS: { vi: "tệp chỉ được chứa một kế hoạch: bỏ dòng ---", en: "the file may hold only one plan: remove the --- line" },
  BAD_SCALAR_START: {
    vi: "giá trị không được bắt đầu bằng ký tự này; hãy đặt giá trị trong dấu nháy",
    en: "a value cannot start with this character; put it in quotes",
  },
  BAD_DQ_ESCAPE: {
    vi: "dấu \\ không hợp lệ trong chữ đặt giữa dấu nháy kép; hãy dùng dấu nháy đơn",
    en: "an invalid \\ in text between double quotes; use single quotes",
  },
  UNEXPECTED_TOKEN: { vi: "có ký tự thừa hoặc không đúng chỗ ở đây (dấu [ ] { } , hoặc :)", en: "a character is extra or out of place here ([ ] { } , or :)" },
  MISSING_CHAR: {
    vi: "thiếu một ký tự cần có ở đây (dấu nháy, dấu phẩy, dấu hai chấm hoặc dấu cách)",
    en: "a character is missing here (a quote, comma, colon or space)",
  },
  RESOURCE_EXHAUSTION: { vi: "tệp dùng quá nhiều bí danh YAML (* và &)", en: "the file uses too many YAML aliases (* and &)" },
  KEY_OVER_1024_CHARS: { vi: "khóa dài quá 1024 ký tự", en: "a key is longer than 1024 characters" },
  NON_STRING_KEY: { vi: "khóa phải là chữ", en: "a key must be text" },
};

const ANCHORS_AND_TAGS: Texts = {
  vi: "dấu &, * hoặc ! (neo, bí danh, thẻ của YAML) dùng sai ở đây",
  en: "a YAML anchor, alias or tag (&, *, !) is misused here",
};
const ANY: Texts = { vi: "viết sai cú pháp ở đây", en: "a syntax mistake here" };

/** A YAML (or JSON) syntax error in our words: the parser's own message is English and technical. */
export function yamlErrorText(code: ErrorCode, message: string, lang: PlanLang): string {
  const byMessage = BY_MESSAGE.find(([pattern]) => pattern.test(message))?.[1];
  if (byMessage) return byMessage[lang];
  const byCode = BY_CODE[code];
  if (byCode) return byCode[lang];
  return (/ALIAS|ANCHOR|TAG|PROP/.test(code) ? ANCHORS_AND_TAGS : ANY)[lang];
}

/** The sentence for a file whose aliases expand too far, which the parser throws instead of reporting. */
export function aliasBombText(lang: PlanLang): string {
  return (BY_CODE.RESOURCE_EXHAUSTION ?? ANY)[lang];
}
