import type { z } from "zod";
import { keyPath } from "./key-path.js";
import { nearestSpelling } from "./nearest-spelling.js";
import { fieldWords } from "./plan-field-words.js";
import { keysAllowedAt } from "./plan-keys.js";
import type { PlanLang, PlanProblem } from "./plan-problem.js";

type Issue = z.core.$ZodIssue;
type Texts = Readonly<Record<PlanLang, string>>;

/**
 * The problems of one zod issue, in our own words in the chosen language: what the field is, what
 * it must be and what the file has (`tên đơn vị không được để trống`), with "did you mean" for an
 * unknown key or a value outside a list. An issue kind this does not know gets a plain sentence of
 * ours, never zod's text. Needs the issue's input (parse with `reportInput: true`).
 */
export function planIssueProblems(issue: Issue, lang: PlanLang): PlanProblem[] {
  if (issue.code === "unrecognized_keys") {
    const allowed = keysAllowedAt(issue.path);
    return issue.keys.map((key) => ({ at: keyPath([...issue.path, key]), message: unknownKeyText(key, allowed, lang) }));
  }
  return [{ at: keyPath(issue.path), message: issueText(issue, lang) }];
}

function issueText(issue: Issue, lang: PlanLang): string {
  const noun = fieldWords(issue.path, lang);
  const say = (texts: Texts) => texts[lang];
  if (issue.code !== "custom") {
    // A key left out (undefined) or written with nothing after it (null in YAML), whatever it must be.
    if (issue.input === undefined) return say({ vi: `thiếu ${noun} (bắt buộc)`, en: `missing ${noun} (required)` });
    if (issue.input === null) return say({ vi: `${noun} không được để trống`, en: `${noun} must not be empty` });
  }
  switch (issue.code) {
    case "invalid_type": {
      if (issue.path.length === 0) {
        const received = receivedWords(issue.input)[lang];
        return say({
          vi: `tệp kế hoạch phải gồm các khóa như name:, years:, fundingSources:, không phải ${received}`,
          en: `the plan file must hold keys such as name:, years:, fundingSources:, not ${received}`,
        });
      }
      const expected = expectedWords(issue.expected)[lang];
      const text = say({
        vi: `phải là ${expected} (${noun}), không phải ${receivedWords(issue.input)[lang]}`,
        en: `must be ${expected} (${noun}), not ${receivedWords(issue.input)[lang]}`,
      });
      // A code such as 7 or a name such as `true` is read as a number or yes/no unless quoted.
      const quoted =
        issue.expected === "string" && (typeof issue.input === "number" || typeof issue.input === "boolean") ? `"${String(issue.input)}"` : undefined;
      if (quoted) return `${text}${say({ vi: `; hãy viết trong dấu nháy: ${quoted}`, en: `; write it in quotes: ${quoted}` })}`;
      // And a year written '2025' is text: the quotes are the mistake.
      const unquoted =
        (issue.expected === "number" || issue.expected === "int") && typeof issue.input === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(issue.input)
          ? issue.input.trim()
          : undefined;
      if (unquoted) return `${text}${say({ vi: `; hãy bỏ dấu nháy: ${unquoted}`, en: `; remove the quotes: ${unquoted}` })}`;
      return text;
    }
    case "too_small":
      return tooSmallText(issue, noun, lang) ?? fallbackText(noun, lang);
    case "too_big":
      return tooBigText(issue, noun, lang) ?? fallbackText(noun, lang);
    case "invalid_value": {
      const allowed = issue.values.map((value) => shown(value)).join(", ");
      const suggestion =
        typeof issue.input === "string"
          ? nearestSpelling(
              issue.input,
              issue.values.filter((value) => typeof value === "string"),
            )
          : undefined;
      const text = say({
        vi: `${noun} phải là một trong: ${allowed}; không phải ${shown(issue.input)}`,
        en: `${noun} must be one of ${allowed}, not ${shown(issue.input)}`,
      });
      return suggestion === undefined ? text : `${text} ${didYouMean(suggestion, lang)}`;
    }
    case "invalid_format":
      if (issue.format === "regex" && AMOUNT_KEYS.has(String(issue.path.at(-1)))) {
        return say({
          vi: `${noun} phải là một số viết bằng chữ số, dấu chấm trước phần thập phân (như "25000" hoặc "1250.5"), không phải ${shown(issue.input)}`,
          en: `${noun} must be a number written in digits, with a dot before any decimals (such as "25000" or "1250.5"), not ${shown(issue.input)}`,
        });
      }
      return say({ vi: `${noun} không đúng định dạng: ${shown(issue.input)}`, en: `${noun} is not in the expected format: ${shown(issue.input)}` });
    case "invalid_union": {
      if (AMOUNT_KEYS.has(String(issue.path.at(-1)))) {
        const received = receivedWords(issue.input)[lang];
        return say({
          vi: `${noun} phải là một số (như 25000 hoặc "1250.5"), không phải ${received}`,
          en: `${noun} must be a number (such as 25000 or "1250.5"), not ${received}`,
        });
      }
      const expected = [...new Set(issue.errors.flat().flatMap((branch) => (branch.code === "invalid_type" ? [expectedWords(branch.expected)[lang]] : [])))];
      if (expected.length === 0) return fallbackText(noun, lang);
      const received = receivedWords(issue.input)[lang];
      return say({
        vi: `phải là ${expected.join(" hoặc ")} (${noun}), không phải ${received}`,
        en: `must be ${expected.join(" or ")} (${noun}), not ${received}`,
      });
    }
    case "not_multiple_of":
      return say({ vi: `${noun} phải là bội số của ${issue.divisor}`, en: `${noun} must be a multiple of ${issue.divisor}` });
    case "custom": {
      // The cross-reference checks (plan-references.ts) carry their sentence in both languages.
      const own: unknown = issue.params?.[lang];
      return typeof own === "string" ? own : fallbackText(noun, lang);
    }
    default:
      return fallbackText(noun, lang);
  }
}

/** The last keys of the fields that hold an amount (a JSON number or a decimal string). */
const AMOUNT_KEYS = new Set(["amount", "total"]);

function tooSmallText(issue: z.core.$ZodIssueTooSmall, noun: string, lang: PlanLang): string | undefined {
  const minimum = String(issue.minimum);
  if (issue.origin === "string") {
    return Number(issue.minimum) <= 1
      ? { vi: `${noun} không được để trống`, en: `${noun} must not be empty` }[lang]
      : { vi: `${noun} phải có ít nhất ${minimum} ký tự`, en: `${noun} must have at least ${minimum} characters` }[lang];
  }
  if (issue.origin === "array") {
    const count = Array.isArray(issue.input) ? issue.input.length : 0;
    const entries = Number(issue.minimum) === 1 ? "entry" : "entries";
    return count === 0
      ? { vi: `cần ít nhất ${minimum} mục (${noun}), danh sách đang trống`, en: `needs at least ${minimum} ${entries} (${noun}); the list is empty` }[lang]
      : { vi: `cần ít nhất ${minimum} mục (${noun}), hiện có ${count}`, en: `needs at least ${minimum} ${entries} (${noun}); it has ${count}` }[lang];
  }
  if (issue.origin === "number" || issue.origin === "int") {
    const value = shown(issue.input);
    if (Number(issue.minimum) === 0 && issue.inclusive !== false)
      return { vi: `${noun} không được âm (${value})`, en: `${noun} must not be negative (${value})` }[lang];
    return issue.inclusive === false
      ? { vi: `${noun} phải lớn hơn ${minimum}, không phải ${value}`, en: `${noun} must be more than ${minimum}, not ${value}` }[lang]
      : { vi: `${noun} phải từ ${minimum} trở lên, không phải ${value}`, en: `${noun} must be ${minimum} or more, not ${value}` }[lang];
  }
  return undefined;
}

function tooBigText(issue: z.core.$ZodIssueTooBig, noun: string, lang: PlanLang): string | undefined {
  const maximum = String(issue.maximum);
  if (issue.origin === "string") return { vi: `${noun} chỉ được dài tối đa ${maximum} ký tự`, en: `${noun} must have at most ${maximum} characters` }[lang];
  if (issue.origin === "array") return { vi: `${noun} chỉ được có tối đa ${maximum} mục`, en: `${noun} must have at most ${maximum} entries` }[lang];
  if (issue.origin === "number" || issue.origin === "int") {
    const value = shown(issue.input);
    return issue.inclusive === false
      ? { vi: `${noun} phải nhỏ hơn ${maximum}, không phải ${value}`, en: `${noun} must be less than ${maximum}, not ${value}` }[lang]
      : { vi: `${noun} phải từ ${maximum} trở xuống, không phải ${value}`, en: `${noun} must be ${maximum} or less, not ${value}` }[lang];
  }
  return undefined;
}

function unknownKeyText(key: string, allowed: readonly string[], lang: PlanLang): string {
  const suggestion = nearestSpelling(key, allowed);
  if (suggestion !== undefined) return `${{ vi: "khóa này không dùng được ở đây", en: "this key is not allowed here" }[lang]} ${didYouMean(suggestion, lang)}`;
  if (allowed.length === 0) return { vi: "khóa này không dùng được ở đây", en: "this key is not allowed here" }[lang];
  return {
    vi: `khóa này không dùng được ở đây; các khóa dùng được: ${allowed.join(", ")}`,
    en: `this key is not allowed here; the keys allowed: ${allowed.join(", ")}`,
  }[lang];
}

function didYouMean(suggestion: string, lang: PlanLang): string {
  return { vi: `(Có phải ý bạn là "${suggestion}"?)`, en: `(Did you mean "${suggestion}"?)` }[lang];
}

function fallbackText(noun: string, lang: PlanLang): string {
  return { vi: `không hợp lệ ở đây (${noun}); xem: budget plan --json-schema`, en: `not valid here (${noun}); see: budget plan --json-schema` }[lang];
}

/** What a field must be, in words: `một số`, not `number`. */
function expectedWords(expected: string): Texts {
  const words: Readonly<Record<string, Texts>> = {
    string: { vi: "chữ", en: "text" },
    number: { vi: "một số", en: "a number" },
    int: { vi: "số nguyên", en: "a whole number" },
    boolean: { vi: "đúng hoặc sai (true/false)", en: "true or false" },
    array: { vi: "một danh sách", en: "a list" },
    object: { vi: "một mục gồm các khóa", en: "an entry of keys" },
  };
  return words[expected] ?? { vi: expected, en: expected };
}

/** What the file has instead, in words: `chữ` for a string, the number itself for a number. */
function receivedWords(input: unknown): Texts {
  if (typeof input === "string") return { vi: "chữ", en: "text" };
  if (typeof input === "number") {
    if (Number.isNaN(input)) return { vi: "NaN", en: "NaN" };
    if (!Number.isFinite(input)) return { vi: "vô cực", en: "infinity" };
    return { vi: `số ${input}`, en: `the number ${input}` };
  }
  if (typeof input === "boolean") return { vi: `giá trị đúng/sai (${input})`, en: `a true/false value (${input})` };
  if (Array.isArray(input)) return { vi: "một danh sách", en: "a list" };
  if (typeof input === "object") return { vi: "một mục gồm các khóa", en: "an entry of keys" };
  return { vi: typeof input, en: typeof input };
}

/** A value as the file has it: a string in quotes, anything else as written. */
function shown(value: unknown): string {
  return typeof value === "string" ? `"${value}"` : String(value);
}
