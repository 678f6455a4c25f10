import { describe, expect, it } from "vitest";
import { diagnosticsAsJunit } from "../../src/write/diagnostics-as-junit.js";
import { SAMPLE, SAMPLE_FILES } from "./sample-diagnostics.js";

describe("diagnosticsAsJunit", () => {
  it("writes one test case per file: unreadable is an error, errors a failure, infos system-out, clean empty", () => {
    const xml = diagnosticsAsJunit(SAMPLE, SAMPLE_FILES, { lang: "en", strict: false });
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="budget check" tests="4" failures="1" errors="1">\n')).toBe(true);
    expect(xml.match(/<testcase /g)).toHaveLength(4);
    expect(xml).toContain(
      '<testcase classname="budget.check" name="phu-luc/hong.xlsx" file="phu-luc/hong.xlsx">\n      <error message="1 error, 0 warnings" type="BC101">',
    );
    expect(xml).toContain('<testcase classname="budget.check" name="phu-luc/so-noi-vu.xlsx" file="phu-luc/so-noi-vu.xlsx"/>');
    expect(xml).toContain("<system-out>phu-luc/so-tu-phap.xlsx:Sheet1!B9: info BC107 Converted 3 cells");
    expect(xml).toContain('<failure message="1 error, 1 warning" type="BC212">phu-luc/so-y-te.xlsx:Biểu mẫu!E14: error BC212');
    expect(xml).toContain("warning BC203 &quot;1.5&quot; is ambiguous");
  });

  it("fails a file with warnings only under strict", () => {
    const warnings = SAMPLE.filter((d) => d.severity === "warning");
    const files = [{ file: "phu-luc/so-y-te.xlsx", status: "warning" as const, errors: 0, warnings: 1, infos: 0 }];
    expect(diagnosticsAsJunit(warnings, files, { lang: "vi", strict: false })).toContain('failures="0" errors="0"');
    expect(diagnosticsAsJunit(warnings, files, { lang: "vi", strict: true })).toContain('<failure message="0 lỗi, 1 cảnh báo" type="BC203">');
  });

  it("fails the check, in one more test case, when there are more warnings than --max-warnings", () => {
    const warnings = SAMPLE.filter((d) => d.severity === "warning");
    const files = [{ file: "phu-luc/so-y-te.xlsx", status: "warning" as const, errors: 0, warnings: 1, infos: 0 }];
    const over = diagnosticsAsJunit(warnings, files, { lang: "vi", strict: false, maxWarnings: 0 });
    expect(over).toContain('<testsuites name="budget check" tests="2" failures="1" errors="0">');
    expect(over).toContain(
      '    <testcase classname="budget.check" name="--max-warnings 0">\n      <failure message="Thất bại vì --max-warnings 0: có 1 cảnh báo, nhiều hơn 0." type="max-warnings"/>\n    </testcase>\n',
    );
    expect(diagnosticsAsJunit(warnings, files, { lang: "en", strict: false, maxWarnings: 1 })).toContain('tests="1" failures="0" errors="0"');
  });

  it("escapes markup and drops characters XML cannot hold", () => {
    const files = [{ file: "a<&>.xlsx", status: "error" as const, errors: 1, warnings: 0, infos: 0 }];
    const xml = diagnosticsAsJunit([{ code: "BC201", severity: "error", file: "a<&>.xlsx", actual: "x\u0001y" }], files, { lang: "en", strict: false });
    expect(xml).toContain('name="a&lt;&amp;&gt;.xlsx"');
    expect(xml).toContain("Amount is not a number: &quot;xy&quot;.");
  });
});
