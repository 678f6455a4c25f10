import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { budget, tempFile, tempFolder } from "./plan-cli-runner.js";

/** The plan `budget plan --export` writes (YAML and JSON), which each case edits in one place. */
let exported: { yaml: string; json: string };

beforeAll(async () => {
  const folder = tempFolder();
  expect((await budget("plan", "--export", join(folder, "ke-hoach.yaml"))).code).toBe(0);
  expect((await budget("plan", "--export", join(folder, "ke-hoach.json"))).code).toBe(0);
  exported = { yaml: readFileSync(join(folder, "ke-hoach.yaml"), "utf8"), json: readFileSync(join(folder, "ke-hoach.json"), "utf8") };
});

/** The problem lines `budget plan --plan` prints for the exported plan with `from` replaced by `to`, the file named `plan.yaml`. */
async function problems(edit: { from: string; to: string; format?: "yaml" | "json" }, lang: "vi" | "en"): Promise<string[]> {
  const format = edit.format ?? "yaml";
  const text = exported[format];
  expect(text).toContain(edit.from);
  const file = tempFile(`plan.${format}`, text.replace(edit.from, edit.to));
  const { code, stdout, stderr } = await budget("plan", "--plan", file, "--lang", lang);
  expect(code).toBe(2);
  expect(stdout).toBe("");
  const lines = stderr.replaceAll(file, `plan.${format}`).split("\n");
  // The last two are the summary line and the empty string after the final newline.
  expect(lines.at(-1)).toBe("");
  expect(lines.at(-2)).toMatch(lang === "vi" ? /^✖ Tệp kế hoạch không dùng được \(\d+ lỗi\)/ : /^✖ The plan file cannot be used \(\d+ problems?\)/);
  return lines.slice(0, -2);
}

interface Case {
  readonly kind: string;
  readonly from: string;
  readonly to: string;
  readonly format?: "yaml" | "json";
  readonly vi: readonly string[];
  readonly en: readonly string[];
}

const CASES: readonly Case[] = [
  {
    kind: "too_small: an empty text",
    from: "  - name: Sở Khoa học và Công nghệ\n",
    to: "  - name: ''\n",
    vi: ["plan.yaml: agencies[3].name: tên đơn vị không được để trống"],
    en: ["plan.yaml: agencies[3].name: the agency name must not be empty"],
  },
  {
    kind: "invalid_type: text where a number belongs",
    from: "  - 2025\n",
    to: "  - hai nghìn\n",
    vi: ["plan.yaml: years[0]: phải là một số (năm), không phải chữ"],
    en: ["plan.yaml: years[0]: must be a number (a year), not text"],
  },
  {
    kind: "invalid_type: a number in quotes",
    from: "  - 2026\n",
    to: "  - '2026'\n",
    vi: ["plan.yaml: years[1]: phải là một số (năm), không phải chữ; hãy bỏ dấu nháy: 2026"],
    en: ["plan.yaml: years[1]: must be a number (a year), not text; remove the quotes: 2026"],
  },
  {
    kind: "invalid_type: a number where text belongs",
    from: "  - code: CĐT\n",
    to: "  - code: 7\n",
    vi: ['plan.yaml: fundingSources[0].code: phải là chữ (mã nguồn vốn), không phải số 7; hãy viết trong dấu nháy: "7"'],
    en: ['plan.yaml: fundingSources[0].code: must be text (the funding-source code), not the number 7; write it in quotes: "7"'],
  },
  {
    kind: "invalid_type: a whole number",
    from: "  - 2025\n",
    to: "  - 2025.5\n",
    vi: ["plan.yaml: years[0]: phải là số nguyên (năm), không phải số 2025.5"],
    en: ["plan.yaml: years[0]: must be a whole number (a year), not the number 2025.5"],
  },
  {
    kind: "invalid_type: a single value where keys belong",
    from: "ceilings:\n  agencies: []\n  sources: []\n",
    to: "ceilings: 5000\n",
    vi: ["plan.yaml: ceilings: phải là một mục gồm các khóa (các mức trần), không phải số 5000"],
    en: ["plan.yaml: ceilings: must be an entry of keys (the ceilings), not the number 5000"],
  },
  {
    kind: "invalid_type: a required key left out",
    from: "    dimension: type\n",
    to: "",
    vi: ["plan.yaml: fundingSources[0].dimension: thiếu loại nguồn vốn (bắt buộc)"],
    en: ["plan.yaml: fundingSources[0].dimension: missing the funding-source dimension (required)"],
  },
  {
    kind: "invalid_type: a key with nothing after it",
    from: "unit: triệu đồng\n",
    to: "unit:\n",
    vi: ["plan.yaml: unit: đơn vị tính không được để trống"],
    en: ["plan.yaml: unit: the unit must not be empty"],
  },
  {
    kind: "too_small: an empty list",
    from: "years:\n  - 2025\n  - 2026\n",
    to: "years: []\n",
    vi: ["plan.yaml: years: cần ít nhất 1 mục (các năm của kế hoạch), danh sách đang trống"],
    en: ["plan.yaml: years: needs at least 1 entry (the plan's years); the list is empty"],
  },
  {
    kind: "too_small: a number below its range",
    from: "  - 2025\n",
    to: "  - 1800\n",
    vi: ["plan.yaml: years[0]: năm phải từ 1990 trở lên, không phải 1800"],
    en: ["plan.yaml: years[0]: a year must be 1990 or more, not 1800"],
  },
  {
    kind: "too_small: a negative amount",
    from: "ceilings:\n",
    to: "ceilings:\n  total: -5\n",
    vi: ["plan.yaml: ceilings.total: mức trần tổng không được âm (-5)"],
    en: ["plan.yaml: ceilings.total: the total ceiling must not be negative (-5)"],
  },
  {
    kind: "too_big: a number above its range",
    from: "  - 2026\n",
    to: "  - 3000\n",
    vi: ["plan.yaml: years[1]: năm phải từ 2100 trở xuống, không phải 3000"],
    en: ["plan.yaml: years[1]: a year must be 2100 or less, not 3000"],
  },
  {
    kind: "invalid_value: a value not in the list, with the nearest one",
    from: "unit: triệu đồng\n",
    to: "unit: trieu dong\n",
    vi: [
      'plan.yaml: unit: đơn vị tính phải là một trong: "đồng", "nghìn đồng", "triệu đồng", "tỷ đồng"; không phải "trieu dong" (Có phải ý bạn là "triệu đồng"?)',
    ],
    en: ['plan.yaml: unit: the unit must be one of "đồng", "nghìn đồng", "triệu đồng", "tỷ đồng", not "trieu dong" (Did you mean "triệu đồng"?)'],
  },
  {
    kind: "invalid_value: a value not in the list, nothing near",
    from: "    dimension: type\n",
    to: "    dimension: cấp\n",
    vi: ['plan.yaml: fundingSources[0].dimension: loại nguồn vốn phải là một trong: "level", "type", "other"; không phải "cấp"'],
    en: ['plan.yaml: fundingSources[0].dimension: the funding-source dimension must be one of "level", "type", "other", not "cấp"'],
  },
  {
    kind: "invalid_format: an amount with a decimal comma",
    from: "ceilings:\n",
    to: 'ceilings:\n  total: "1,5"\n',
    vi: [
      'plan.yaml: ceilings.total: mức trần tổng phải là một số viết bằng chữ số, dấu chấm trước phần thập phân (như "25000" hoặc "1250.5"), không phải "1,5"',
    ],
    en: [
      'plan.yaml: ceilings.total: the total ceiling must be a number written in digits, with a dot before any decimals (such as "25000" or "1250.5"), not "1,5"',
    ],
  },
  {
    kind: "invalid_union: an amount that is neither a number nor a decimal text",
    from: "ceilings:\n",
    to: "ceilings:\n  total: true\n",
    vi: ['plan.yaml: ceilings.total: mức trần tổng phải là một số (như 25000 hoặc "1250.5"), không phải giá trị đúng/sai (true)'],
    en: ['plan.yaml: ceilings.total: the total ceiling must be a number (such as 25000 or "1250.5"), not a true/false value (true)'],
  },
  {
    kind: "unrecognized_keys: a key nothing is near",
    from: "unit:",
    to: "colour: red\nunit:",
    vi: [
      "plan.yaml: colour: khóa này không dùng được ở đây; các khóa dùng được: $schema, name, reference, years, periods, unit, fundingSources, frameworks, taskGroups, sections, agencies, columns, output, statedSplits, ceilings",
    ],
    en: [
      "plan.yaml: colour: this key is not allowed here; the keys allowed: $schema, name, reference, years, periods, unit, fundingSources, frameworks, taskGroups, sections, agencies, columns, output, statedSplits, ceilings",
    ],
  },
  {
    kind: "custom: a reference to a section the plan does not have, with the nearest one",
    from: "    section: I\n",
    to: "    section: III\n",
    vi: ['plan.yaml: agencies[0].section: "III" không có trong các phần (sections) của kế hoạch (Có phải ý bạn là "II"?)'],
    en: ['plan.yaml: agencies[0].section: "III" is not one of the plan\'s sections (Did you mean "II"?)'],
  },
  {
    kind: "custom: a ceiling on an agency the plan does not have, with the nearest one",
    from: "ceilings:\n  agencies: []\n",
    to: "ceilings:\n  agencies: [{ agency: Sở Tư phá, amount: 5 }]\n",
    vi: ['plan.yaml: ceilings.agencies[0].agency: "Sở Tư phá" không có trong danh sách đơn vị (agencies) của kế hoạch (Có phải ý bạn là "Sở Tư pháp"?)'],
    en: ['plan.yaml: ceilings.agencies[0].agency: "Sở Tư phá" is not one of the plan\'s agencies (Did you mean "Sở Tư pháp"?)'],
  },
  {
    kind: "custom: a spelling two agencies share",
    from: "      - SNV\n",
    to: "      - STP\n",
    vi: ['plan.yaml: agencies[4].aliases[0]: "STP" đã dùng cho "Sở Nội vụ"'],
    en: ['plan.yaml: agencies[4].aliases[0]: "STP" is already used for "Sở Nội vụ"'],
  },
];

const DID_YOU_MEAN: readonly Case[] = [
  {
    kind: "two letters swapped",
    from: "years:\n",
    to: "yeras:\n",
    vi: ["plan.yaml: years: thiếu các năm của kế hoạch (bắt buộc)", 'plan.yaml: yeras: khóa này không dùng được ở đây (Có phải ý bạn là "years"?)'],
    en: ["plan.yaml: years: missing the plan's years (required)", 'plan.yaml: yeras: this key is not allowed here (Did you mean "years"?)'],
  },
  {
    kind: "a letter left out",
    from: "fundingSources:\n",
    to: "fundingSource:\n",
    vi: [
      "plan.yaml: fundingSources: thiếu các nguồn vốn (bắt buộc)",
      'plan.yaml: fundingSource: khóa này không dùng được ở đây (Có phải ý bạn là "fundingSources"?)',
    ],
    en: [
      "plan.yaml: fundingSources: missing the funding sources (required)",
      'plan.yaml: fundingSource: this key is not allowed here (Did you mean "fundingSources"?)',
    ],
  },
  {
    kind: "a key of a list entry",
    from: "    section: I\n",
    to: "    secton: I\n",
    vi: [
      "plan.yaml: agencies[0].section: thiếu phần của đơn vị (bắt buộc)",
      'plan.yaml: agencies[0].secton: khóa này không dùng được ở đây (Có phải ý bạn là "section"?)',
    ],
    en: [
      "plan.yaml: agencies[0].section: missing the agency's section (required)",
      'plan.yaml: agencies[0].secton: this key is not allowed here (Did you mean "section"?)',
    ],
  },
  {
    kind: "a key two levels down, written with an underscore",
    from: "  legalBasis:\n",
    to: "  legal_basis:\n",
    vi: ['plan.yaml: columns.legal_basis: khóa này không dùng được ở đây (Có phải ý bạn là "legalBasis"?)'],
    en: ['plan.yaml: columns.legal_basis: this key is not allowed here (Did you mean "legalBasis"?)'],
  },
  {
    kind: "a key of a JSON plan",
    format: "json",
    from: '"formTitle":',
    to: '"fromTitle":',
    vi: ['plan.json: output.fromTitle: khóa này không dùng được ở đây (Có phải ý bạn là "formTitle"?)'],
    en: ['plan.json: output.fromTitle: this key is not allowed here (Did you mean "formTitle"?)'],
  },
];

describe("budget plan --plan: each problem of a plan file in our words", () => {
  for (const { kind, vi, en, ...edit } of CASES) {
    it(`${kind} (vi, en)`, async () => {
      expect(await problems(edit, "vi")).toEqual(vi);
      expect(await problems(edit, "en")).toEqual(en);
    });
  }

  it("a plan file that is not a set of keys, or is empty", async () => {
    const text = tempFile("plan.yaml", "kế hoạch 2027\n");
    const notKeys = await budget("plan", "--plan", text);
    expect(notKeys.stderr.replaceAll(text, "plan.yaml").split("\n")[0]).toBe(
      "plan.yaml: tệp kế hoạch phải gồm các khóa như name:, years:, fundingSources:, không phải chữ",
    );
    const empty = tempFile("plan.yaml", "");
    const nothing = await budget("plan", "--plan", empty, "--lang", "en");
    expect(nothing.stderr.replaceAll(empty, "plan.yaml").split("\n")[0]).toBe("plan.yaml: the plan file must not be empty");
  });
});

describe("budget plan --plan: did you mean, for a mistyped key", () => {
  for (const { kind, vi, en, ...edit } of DID_YOU_MEAN) {
    it(`${kind} (vi, en)`, async () => {
      expect(await problems(edit, "vi")).toEqual(vi);
      expect(await problems(edit, "en")).toEqual(en);
    });
  }
});

describe("another command with a broken --plan", () => {
  it("totals stops before reading, with the same words", async () => {
    const file = tempFile("plan.yaml", "name: Kế hoạch 2027\nyeras: [2027]\nfundingSources:\n  - { code: NST, name: Ngân sách tỉnh, dimension: level }\n");
    const { code, stdout, stderr } = await budget("totals", "fixtures/forms", "--plan", file);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.replaceAll(file, "plan.yaml")).toBe(
      "plan.yaml: years: thiếu các năm của kế hoạch (bắt buộc)\n" +
        'plan.yaml: yeras: khóa này không dùng được ở đây (Có phải ý bạn là "years"?)\n' +
        "✖ Tệp kế hoạch không dùng được (2 lỗi); sửa rồi chạy lại. Xem: budget plan --json-schema\n",
    );
  });
});

describe("budget plan --plan: a syntax mistake, at its line and column, in our words", () => {
  /** A syntax case: the line of the problem counts from the line the edit starts on (`+0`). */
  interface SyntaxCase extends Omit<Case, "vi" | "en"> {
    readonly line: number;
    readonly column: number;
    readonly vi: string;
    readonly en: string;
  }
  const SYNTAX: readonly SyntaxCase[] = [
    {
      kind: "a list left open",
      from: "years:\n  - 2025\n  - 2026\n",
      to: "years: [2025, 2026\n",
      line: 1,
      column: 1,
      vi: "YAML: thiếu dấu ] đóng danh sách mở bằng [",
      en: "YAML: a ] is missing to close the list opened with [",
    },
    {
      kind: "a key written twice",
      from: "unit: triệu đồng\n",
      to: "unit: triệu đồng\nunit: tỷ đồng\n",
      line: 1,
      column: 1,
      vi: "YAML: khóa này đã viết ở trên trong cùng mục; mỗi khóa chỉ viết một lần",
      en: "YAML: this key is already written above in the same entry; write each key once",
    },
    {
      kind: "a tab as indentation",
      from: "  - 2025\n",
      to: "\t- 2025\n",
      line: 0,
      column: 1,
      vi: "YAML: không thụt lề bằng phím Tab; hãy dùng dấu cách",
      en: "YAML: indent with spaces, not tabs",
    },
    {
      kind: "a quote left open, on the last line",
      from: "  sources: []\n",
      to: "  sources: 'NST\n",
      line: 1,
      column: 1,
      vi: "YAML: thiếu dấu nháy đóng",
      en: "YAML: a closing quote is missing",
    },
    {
      kind: "a key without its colon",
      from: "unit: triệu đồng\n",
      to: "unit triệu đồng\n",
      line: 0,
      column: 1,
      vi: "YAML: khóa phải nằm trên một dòng và có dấu hai chấm theo sau (viết khóa: giá trị)",
      en: "YAML: a key must be on one line, followed by a colon (write key: value)",
    },
    {
      kind: "a JSON key written twice",
      format: "json",
      from: '"unit": "triệu đồng",',
      to: '"unit": "triệu đồng", "unit": "tỷ đồng",',
      line: 0,
      column: 25,
      vi: "JSON: khóa này đã viết ở trên trong cùng mục; mỗi khóa chỉ viết một lần",
      en: "JSON: this key is already written above in the same entry; write each key once",
    },
  ];
  for (const { kind, vi, en, line, column, ...edit } of SYNTAX) {
    it(`${kind} (vi, en)`, async () => {
      const format = edit.format ?? "yaml";
      const text = exported[format];
      const at = `plan.${format}:${text.slice(0, text.indexOf(edit.from)).split("\n").length + line}:${column}`;
      expect(await problems(edit, "vi")).toEqual([`${at}: ${vi}`]);
      expect(await problems(edit, "en")).toEqual([`${at}: ${en}`]);
    });
  }
});
