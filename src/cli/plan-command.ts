import { type Command, Option } from "commander";
import { commonOptions, planPath, withCommonOptions, withPlanOption } from "./common-options.js";
import type { CliIo } from "./io.js";

/** Registers `budget plan [--export FILE | --json-schema | --format text|json|yaml]`. */
export function registerPlan(program: Command, io: CliIo, setExit: (code: number) => void): void {
  withPlanOption(
    withCommonOptions(
      program
        .command("plan")
        .description("in hồ sơ kế hoạch đang dùng, xuất ra tệp để sửa, hoặc in lược đồ JSON / show, export or describe the plan profile")
        .option("--export <file>", "ghi kế hoạch ra tệp .json hoặc .yaml để sửa / write the plan to a .json or .yaml file for editing")
        .option("-f, --force", "ghi đè tệp đã có / overwrite an existing file", false)
        .option("--json-schema", "in lược đồ JSON của tệp kế hoạch / print the plan file's JSON Schema", false)
        .addOption(new Option("--format <format>", "định dạng in ra / printed format").choices(["text", "json", "yaml"]).default("text")),
    ),
  )
    .addHelpText(
      "after",
      "\nVí dụ / Examples:\n  budget plan\n  budget plan --export ke-hoach-2026.yaml\n  budget plan --json-schema > plan.schema.json\n  budget consolidate bieu-mau/ -o phu-luc.xlsx --plan ke-hoach-2026.yaml\n",
    )
    .action(async (values: Record<string, unknown>) => {
      const { runPlan } = await import("./plan-run.js");
      setExit(
        await runPlan(
          {
            ...commonOptions(values),
            plan: planPath(values),
            export: typeof values.export === "string" ? values.export : undefined,
            force: values.force === true,
            jsonSchema: values.jsonSchema === true,
            format: values.format === "json" || values.format === "yaml" ? values.format : "text",
          },
          io,
        ),
      );
    });
}
