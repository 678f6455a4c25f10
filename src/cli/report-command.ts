import type { Command } from "commander";
import { commonOptions, fileLimits, planPath, withCommonOptions, withFileLimitOptions, withPlanOption } from "./common-options.js";
import type { CliIo } from "./io.js";

/** Registers `budget report <inputs…> -o bao-cao.html [--deadline YYYY-MM-DD]`. */
export function registerReport(program: Command, io: CliIo, setExit: (code: number) => void): void {
  withFileLimitOptions(
    withPlanOption(
      withCommonOptions(
        program
          .command("report")
          .description("báo cáo một trang HTML có biểu đồ, mở không cần mạng / the run at a glance: one self-contained HTML page with charts")
          .argument("<inputs...>", "tệp hoặc thư mục biểu mẫu / files or folders of forms")
          .requiredOption("-o, --output <file>", "tệp .html ghi ra / the .html file to write")
          .option("--deadline <day>", "hạn nộp YYYY-MM-DD cho bảng tình hình nộp / deadline for the roster")
          .option("--sheet <name>", "chỉ đọc trang tính này / read only this sheet of each file")
          .option("-f, --force", "ghi đè tệp đã có / overwrite an existing output", false),
      ),
    ),
  )
    .addHelpText(
      "after",
      [
        "",
        "Trang gồm: số liệu chính, biểu đồ theo đơn vị, năm, nguồn vốn, nhóm nhiệm vụ, kết quả kiểm tra (lọc theo đơn vị, mã), tình hình nộp.",
        "The page holds: the headline figures, charts by agency, year, funding source and task group, the findings (filter by agency, code), the roster.",
        "",
        "Ví dụ / Examples:",
        "  budget report de-xuat/ -o bao-cao.html",
        "  budget report de-xuat/ -o report.html --lang en --deadline 2025-07-15",
        "",
      ].join("\n"),
    )
    .action(async (inputs: string[], values: Record<string, unknown>) => {
      const { runReport } = await import("./report-run.js");
      setExit(
        await runReport(
          inputs,
          {
            ...commonOptions(values),
            output: typeof values.output === "string" ? values.output : "",
            deadline: typeof values.deadline === "string" ? values.deadline : undefined,
            force: values.force === true,
            plan: planPath(values),
            sheet: typeof values.sheet === "string" ? values.sheet : undefined,
            ...fileLimits(values),
          },
          io,
        ),
      );
    });
}
