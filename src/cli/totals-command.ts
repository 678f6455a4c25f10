import { Option, type Command } from "commander";
import { commonOptions, withCommonOptions } from "./common-options.js";

/** Registers `budget totals <inputs…> [--format table|json|csv]`. */
export function registerTotals(program: Command, setExit: (code: number) => void): void {
  withCommonOptions(
    program
      .command("totals")
      .description("in bảng tổng, không ghi phụ lục / print the totals without writing a workbook")
      .argument("<inputs...>", "tệp hoặc thư mục / files or folders")
      .addOption(new Option("--format <format>", "định dạng / output format").choices(["table", "json", "csv"]).default("table")),
  )
    .addHelpText("after", "\nVí dụ / Example:\n  budget totals fixtures/forms --format json\n")
    .action(async (inputs: string[], values: Record<string, unknown>) => {
      const { runTotals } = await import("./totals-run.js");
      setExit(await runTotals(inputs, { ...commonOptions(values), format: typeof values.format === "string" ? values.format : "table" }));
    });
}
