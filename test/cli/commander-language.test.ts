import { describe, expect, it } from "vitest";
import { commanderErrorIn, langOfArgv } from "../../src/cli/commander-language.js";
import { budget } from "./plan-cli-runner.js";

describe("commander's own texts in the chosen language", () => {
  it("a missing required option: Vietnamese by default, commander's English with --lang en", async () => {
    expect(await budget("consolidate", "fixtures/forms")).toEqual({ code: 2, stdout: "", stderr: "lỗi: thiếu tùy chọn bắt buộc '-o, --output <file>'\n" });
    expect((await budget("consolidate", "fixtures/forms", "--lang", "en")).stderr).toBe("error: required option '-o, --output <file>' not specified\n");
  });

  it("a mistyped flag or command: 'did you mean', in the language", async () => {
    expect(await budget("totals", "fixtures/forms", "--fromat", "json")).toEqual({
      code: 2,
      stdout: "",
      stderr: "lỗi: không có tùy chọn '--fromat'\n(Có phải ý bạn là --format?)\n",
    });
    expect((await budget("totals", "fixtures/forms", "--fromat", "json", "--lang=en")).stderr).toBe(
      "error: unknown option '--fromat'\n(Did you mean --format?)\n",
    );
    expect(await budget("totls", "fixtures/forms")).toEqual({ code: 2, stdout: "", stderr: "lỗi: không có lệnh 'totls'\n(Có phải ý bạn là totals?)\n" });
  });

  it("a value commander or our parser refuses: the reason in the language only", async () => {
    expect((await budget("totals", "fixtures/forms", "--format", "xml")).stderr).toBe(
      "lỗi: tùy chọn '--format <format>' không nhận 'xml'; chọn một trong: table, json, csv.\n",
    );
    expect((await budget("check", "fixtures/forms", "--max-warnings", "abc")).stderr).toBe(
      "lỗi: tùy chọn '--max-warnings <n>' không nhận 'abc': cần một số nguyên ≥ 0\n",
    );
    expect((await budget("check", "fixtures/forms", "--max-warnings", "abc", "--lang", "en")).stderr).toBe(
      "error: option '--max-warnings <n>' argument 'abc' is invalid. expected a whole number ≥ 0\n",
    );
    expect((await budget("plan", "extra")).stderr).toBe("lỗi: lệnh 'plan' nhận 0 đối số, nhưng được cho 1.\n");
    expect((await budget("check")).stderr).toBe("lỗi: thiếu đối số bắt buộc 'inputs'\n");
  });

  it("help: titles, usage words, the help and version lines and the defaults in Vietnamese; commander's English with --lang en", async () => {
    const vi = (await budget("--help")).stdout;
    expect(vi.split("\n")[0]).toBe("Cách dùng: budget [tùy chọn] [lệnh]");
    expect(vi).toMatch(
      /^Tùy chọn:\n {2}-V, --version +in số phiên bản\n {2}-h, --help +in trợ giúp của lệnh\n\nLệnh:\n {2}consolidate \[tùy chọn\] <inputs\.\.\.> /m,
    );
    expect(vi).toMatch(/^ {2}help \[lệnh\] +in trợ giúp của lệnh$/m);
    const check = (await budget("check", "--help")).stdout;
    expect(check).toContain("\nĐối số:\n  inputs ");
    expect(check.replace(/\s+/g, " ")).toContain('(chọn một trong: "vi", "en"; mặc định: "vi")');
    expect(check).toContain("(mặc định: tắt)");
    for (const english of ["Usage:", "Options:", "Arguments:", "display help for command", "(default: false)", "choices:"])
      expect(check).not.toContain(english);
    const en = (await budget("check", "--help", "--lang", "en")).stdout;
    expect(en.split("\n")[0]).toBe("Usage: budget check [options] <inputs...>");
    expect(en).toContain("\nArguments:\n");
    expect(en.replace(/\s+/g, " ")).toContain('(choices: "vi", "en", default: "vi")');
    expect(en).toMatch(/-h, --help +display help for command/);
  });

  it("reads --lang from argv before commander does, up to a `--`", () => {
    expect([
      langOfArgv(["totals", "x", "--lang", "en"]),
      langOfArgv(["--lang=en"]),
      langOfArgv(["--lang", "vi"]),
      langOfArgv(["--", "--lang", "en"]),
      langOfArgv([]),
    ]).toEqual(["en", "en", "vi", "vi", "vi"]);
  });

  it("leaves a line it does not know as it is", () => {
    expect(commanderErrorIn("error: something new\n", "vi")).toBe("error: something new\n");
  });
});
