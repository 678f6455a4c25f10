import { type Command, InvalidArgumentError, Option } from "commander";
import { readOptions, versionsMode, withAddingOptions } from "./common-options.js";
import type { CliIo } from "./io.js";

const THRESHOLD = /^\d{1,15}(\.\d{1,6})?$/;

/** `--min`: a non-negative amount in triệu đồng, written with a `.` decimal point (`100`, `0.5`). */
function threshold(text: string): string {
  if (!THRESHOLD.test(text))
    throw new InvalidArgumentError("cần một số ≥ 0, triệu đồng, dấu . trước phần lẻ / expected a number ≥ 0 in million VND, '.' before decimals");
  return text;
}

/** Registers `budget diff <old> <new> [--min N] [--format text|json] [-o thay-doi.xlsx]`. */
export function registerDiff(program: Command, io: CliIo, setExit: (code: number) => void): void {
  withAddingOptions(
    program
      .command("diff")
      .description("so sánh hai lần gửi biểu mẫu / what changed between two versions of the forms")
      .argument("<old>", "biểu mẫu cũ: tệp hoặc thư mục / the old version: a form or a folder of forms")
      .argument("<new>", "biểu mẫu mới: tệp hoặc thư mục / the new version: a form or a folder of forms")
      .option("--min <amount>", "bỏ qua thay đổi nhỏ hơn số này (triệu đồng) / leave out changes smaller than this (million VND)", threshold)
      .option("--sheet <name>", "chỉ đọc trang tính này / read only this sheet of each file")
      .addOption(new Option("--format <format>", "định dạng / output format").choices(["text", "json"]).default("text"))
      .option("-o, --output <file>", "ghi ra tệp .xlsx (ô thay đổi được tô màu) hoặc .json / write a .xlsx (changed cells highlighted) or a .json")
      .option("-f, --force", "ghi đè tệp đã có / overwrite an existing output", false),
  )
    .addHelpText(
      "after",
      [
        "",
        "Mã thoát / Exit codes: 0 không có thay đổi / nothing changed, 1 có thay đổi / something changed, 2 lỗi / error",
        "",
        "Ví dụ / Examples:",
        "  budget diff so-tu-phap-lan-1.xlsx so-tu-phap-lan-2.xlsx",
        "  budget diff de-xuat-thang-6/ de-xuat-thang-7/ --min 100",
        "  budget diff cu/ moi/ -o thay-doi.xlsx",
        "",
      ].join("\n"),
    )
    .action(async (before: string, after: string, values: Record<string, unknown>) => {
      const { runDiff } = await import("./diff-run.js");
      setExit(
        await runDiff(
          before,
          after,
          {
            ...readOptions(values),
            format: typeof values.format === "string" ? values.format : "text",
            minimum: typeof values.min === "string" ? values.min : undefined,
            output: typeof values.output === "string" ? values.output : undefined,
            force: values.force === true,
            versions: versionsMode(values),
          },
          io,
        ),
      );
    });
}
