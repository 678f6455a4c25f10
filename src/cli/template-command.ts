import type { Command } from "commander";
import { commonOptions, planPath, withCommonOptions, withPlanOption } from "./common-options.js";
import type { CliIo } from "./io.js";

/** Registers `budget template -o bieu-mau.xlsx [--agency NAME] [--rows N]`. */
export function registerTemplate(program: Command, io: CliIo, setExit: (code: number) => void): void {
  withPlanOption(
    withCommonOptions(
      program
        .command("template")
        .description("ghi biểu mẫu trống theo kế hoạch để gửi các đơn vị / write the blank official form for the active plan")
        .requiredOption("-o, --output <file>", "tệp .xlsx cần ghi / workbook to write")
        .option("--agency <name>", "tên cơ quan, đơn vị ghi sẵn vào biểu mẫu / agency to write into the form")
        .option("--rows <count>", "số dòng nhiệm vụ để trống / blank item rows", "30")
        .option("-f, --force", "ghi đè tệp đã có / overwrite an existing output", false),
    ),
  )
    .addHelpText("after", '\nVí dụ / Examples:\n  budget template -o bieu-mau.xlsx\n  budget template -o bieu-mau-so-tu-phap.xlsx --agency "Sở Tư pháp"\n')
    .action(async (values: Record<string, unknown>) => {
      const { runTemplate } = await import("./template-run.js");
      setExit(
        await runTemplate(
          {
            ...commonOptions(values),
            output: typeof values.output === "string" ? values.output : "",
            agency: typeof values.agency === "string" ? values.agency : undefined,
            rows: typeof values.rows === "string" ? values.rows : "30",
            force: values.force === true,
            plan: planPath(values),
          },
          io,
        ),
      );
    });
}
