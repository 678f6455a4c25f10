import { type Command, Option } from "commander";
import { commonOptions, planPath, withCommonOptions, withPlanOption } from "./common-options.js";
import type { CliIo } from "./io.js";

/** Registers `budget inspect <file> [--format text|json] [--sheet NAME] [--plan FILE]`. */
export function registerInspect(program: Command, io: CliIo, setExit: (code: number) => void): void {
  withPlanOption(
    withCommonOptions(
      program
        .command("inspect")
        .description("xem công cụ đọc một tệp thế nào: trang, cột, dòng / how the tool reads one file: sheets, columns, rows")
        .argument("<file>", "tệp biểu mẫu / the form file")
        .option("--sheet <name>", "chỉ đọc trang tính này / read only this sheet")
        .addOption(new Option("--format <format>", "định dạng / output format").choices(["text", "json"]).default("text")),
    ),
  )
    .addHelpText(
      "after",
      [
        "",
        "Cho biết trang nào là biểu mẫu, dòng tiêu đề, vai trò từng cột và vì sao, đơn vị, cách viết số,",
        "và cây các dòng (phần, đơn vị, mục, mục con, trong đó, tổng, ghi chú) với số liệu đã đọc.",
        "Shows which sheet is the form, the header band, each column's role and why, the unit, the number",
        "convention, and the rows as a tree (section, agency, item, sub-item, of which, total, note).",
        "",
        "Ví dụ / Examples:",
        "  budget inspect de-xuat/so-tu-phap.xlsx",
        "  budget inspect phu-luc.csv --lang en",
        "  budget inspect de-xuat/so-tu-phap.xlsx --format json",
        "",
      ].join("\n"),
    )
    .action(async (file: string, values: Record<string, unknown>) => {
      const { runInspect } = await import("./inspect-run.js");
      setExit(
        await runInspect(
          file,
          {
            ...commonOptions(values),
            format: typeof values.format === "string" ? values.format : "text",
            plan: planPath(values),
            sheet: typeof values.sheet === "string" ? values.sheet : undefined,
          },
          io,
        ),
      );
    });
}
