import { type Command, InvalidArgumentError, Option } from "commander";
import { CHECK_FORMATS } from "./check-formats.js";
import { agencyFlag, agencyOption, readOptions, versionsMode, withAddingOptions } from "./common-options.js";
import type { CliIo } from "./io.js";

function warningCount(text: string): number {
  if (!/^\d+$/.test(text)) throw new InvalidArgumentError("cần một số nguyên ≥ 0 / expected a whole number ≥ 0");
  return Number(text);
}

/**
 * Registers `budget check <inputs…> [--format text|json|sarif|github|junit] [--strict]
 * [--max-warnings N] [--only CODES] [--ignore CODES] [--lang vi|en] [--plan FILE] [--sheet NAME]`.
 */
export function registerCheck(program: Command, io: CliIo, setExit: (code: number) => void): void {
  withAddingOptions(
    program
      .command("check")
      .description("kiểm tra biểu mẫu, báo cáo cho CI / check forms, report for CI")
      .argument("<inputs...>", "tệp hoặc thư mục / files or folders")
      .addOption(new Option("--format <format>", "định dạng báo cáo / report format").choices(CHECK_FORMATS).default("text"))
      .option("--sheet <name>", "chỉ đọc trang tính này / read only this sheet of each file")
      .addOption(agencyFlag())
      .option("--max-warnings <n>", "quá n cảnh báo là lỗi / fail on more than n warnings", warningCount)
      .option("--only <codes>", "chỉ các mã này, ví dụ BC212,BC2* / only these codes")
      .option("--ignore <codes>", "bỏ qua các mã này / ignore these codes (BC101 is always reported)"),
  )
    .addHelpText(
      "after",
      [
        "",
        "Mã thoát / Exit codes: 0 không có lỗi / no errors (warnings allowed unless --strict or --max-warnings),",
        "  1 có lỗi / findings, 2 sai cách dùng hoặc không mở được tệp / usage or I/O error.",
        "Danh mục mã / Catalogue: docs/DIAGNOSTICS.md",
        "",
        "Ví dụ / Examples:",
        "  budget check phu-luc/",
        "  budget check phu-luc/ --format sarif > budget.sarif",
        "  budget check phu-luc/ --format github --max-warnings 0",
        "  budget check so-y-te.xlsx --only BC2* --lang en",
        "",
      ].join("\n"),
    )
    .action(async (inputs: string[], values: Record<string, unknown>) => {
      const { runCheck } = await import("./check-run.js");
      setExit(
        await runCheck(
          inputs,
          {
            ...readOptions(values),
            format: typeof values.format === "string" ? values.format : "text",
            maxWarnings: typeof values.maxWarnings === "number" ? values.maxWarnings : undefined,
            only: typeof values.only === "string" ? values.only : undefined,
            ignore: typeof values.ignore === "string" ? values.ignore : undefined,
            agency: agencyOption(values),
            versions: versionsMode(values),
            version: program.version() ?? "0.0.0",
          },
          io,
        ),
      );
    });
}
