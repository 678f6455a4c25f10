import { type Command, Option } from "commander";
import { agencyFlag, agencyOption, readOptions, withReadOptions } from "./common-options.js";
import type { CliIo } from "./io.js";

/** Registers `budget status <inputs…> [--deadline YYYY-MM-DD] [--require-all] [--format table|json|csv] [-o FILE]`. */
export function registerStatus(program: Command, io: CliIo, setExit: (code: number) => void): void {
  withReadOptions(
    program
      .command("status")
      .description("tình hình nộp biểu mẫu của các đơn vị / who has sent their form, and in what state")
      .argument("<inputs...>", "tệp hoặc thư mục biểu mẫu đã nhận / files or folders of the forms received")
      .option("--deadline <day>", "hạn nộp YYYY-MM-DD; nhận sau ngày này là nộp muộn / deadline; a form received after that day is late")
      .option("--require-all", "mã thoát 1 khi còn đơn vị chưa nộp hoặc có lỗi / exit 1 while an agency is missing or has errors", false)
      .option("--sheet <name>", "chỉ đọc trang tính này / read only this sheet of each file")
      .addOption(agencyFlag())
      .addOption(new Option("--format <format>", "định dạng / output format").choices(["table", "json", "csv"]).default("table"))
      .option("-o, --output <file>", "ghi ra tệp .xlsx (để in), .csv hoặc .json / write a printable .xlsx, a .csv or a .json")
      .option("-f, --force", "ghi đè tệp đã có / overwrite an existing output", false),
  )
    .addHelpText(
      "after",
      [
        "",
        "Tình trạng / States: chưa nộp (missing), có lỗi (has errors), nộp muộn (late), hợp lệ (valid), đã thay thế (superseded)",
        "Thời điểm nhận là thời điểm sửa tệp / Received = the file's modification time.",
        "",
        "Ví dụ / Examples:",
        "  budget status de-xuat/",
        "  budget status de-xuat/ --deadline 2025-07-15 -o tinh-hinh.xlsx",
        "  budget status de-xuat/ --require-all --format json",
        "",
      ].join("\n"),
    )
    .action(async (inputs: string[], values: Record<string, unknown>) => {
      const { runStatus } = await import("./status-run.js");
      setExit(
        await runStatus(
          inputs,
          {
            ...readOptions(values),
            format: typeof values.format === "string" ? values.format : "table",
            deadline: typeof values.deadline === "string" ? values.deadline : undefined,
            requireAll: values.requireAll === true,
            output: typeof values.output === "string" ? values.output : undefined,
            force: values.force === true,
            agency: agencyOption(values),
          },
          io,
        ),
      );
    });
}
