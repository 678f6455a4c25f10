import { type Command, Option } from "commander";
import { commonOptions, planPath, withCommonOptions, withPlanOption } from "./common-options.js";
import type { CliIo } from "./io.js";

/** Registers `budget rollup <inputs…> [--by agency,source] [--format table|csv|json] [-o FILE]`. */
export function registerRollup(program: Command, io: CliIo, setExit: (code: number) => void): void {
  withPlanOption(
    withCommonOptions(
      program
        .command("rollup")
        .description("gộp nhiều bản tổng hợp (phụ lục .xlsx hoặc JSON) theo năm / roll several consolidations up, year by year")
        .argument("<inputs...>", "phụ lục .xlsx do budget ghi, hoặc JSON của budget totals --format json / appendix workbooks or JSON exports")
        .option("--by <dimensions>", "dòng theo / rows by: agency, source, section, input", "agency,source")
        .addOption(new Option("--format <format>", "định dạng in ra / printed format").choices(["table", "json", "csv"]).default("table"))
        .option("-o, --output <file>", "ghi ra tệp .xlsx, .csv hoặc .json / write to a .xlsx, .csv or .json file")
        .option("-f, --force", "ghi đè tệp đã có / overwrite an existing output", false),
    ),
  )
    .addHelpText(
      "after",
      [
        "",
        "Cột là các năm, kèm mức tăng, giảm giữa hai năm liền nhau / years are the columns, with the change between consecutive years.",
        "",
        "Ví dụ / Examples:",
        "  budget rollup phu-luc-2025.xlsx phu-luc-2026.xlsx",
        "  budget totals forms-2027/ --format json > tong-2027.json && budget rollup phu-luc-2026.xlsx tong-2027.json --by source",
        "  budget rollup phu-luc-*.xlsx -o tong-hop-nhieu-nam.xlsx",
        "",
      ].join("\n"),
    )
    .action(async (inputs: string[], values: Record<string, unknown>) => {
      const { runRollup } = await import("./rollup-run.js");
      setExit(
        await runRollup(
          inputs,
          {
            ...commonOptions(values),
            by: typeof values.by === "string" ? values.by : "agency,source",
            format: typeof values.format === "string" ? values.format : "table",
            output: typeof values.output === "string" ? values.output : undefined,
            force: values.force === true,
            plan: planPath(values),
          },
          io,
        ),
      );
    });
}
