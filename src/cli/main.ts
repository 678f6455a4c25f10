import { Command, CommanderError } from "commander";
import { packageVersion } from "../api/version.js";
import { registerCheck } from "./check-command.js";
import { registerConsolidate } from "./consolidate-command.js";
import { EXIT } from "./exit-code.js";
import { registerPlan } from "./plan-command.js";
import { registerRollup } from "./rollup-command.js";
import { registerTemplate } from "./template-command.js";
import { registerTotals } from "./totals-command.js";

/**
 * The command line: parses argv, runs the command, and returns the exit code (0 clean, 1 findings,
 * 2 usage or I/O error). Only this folder touches the console and the exit code.
 */
export async function main(argv: readonly string[]): Promise<number> {
  let exitCode: number = EXIT.ok;
  const setExit = (code: number) => {
    exitCode = code;
  };
  const program = new Command("budget")
    .description("Tổng hợp biểu mẫu đề xuất kinh phí chuyển đổi số thành phụ lục / consolidate budget proposal forms")
    .version(packageVersion(), "-V, --version")
    .addHelpText(
      "after",
      [
        "",
        "Ví dụ / Examples:",
        "  budget consolidate de-xuat/ -o phu-luc.xlsx",
        "  budget totals de-xuat/ --by agency,year",
        "  budget check de-xuat/ --format github --strict",
        "  budget rollup phu-luc-2025.xlsx phu-luc-2026.xlsx",
        '  budget template -o bieu-mau.xlsx --agency "Sở Tư pháp"',
        "  budget plan --export ke-hoach-2027.yaml",
        "",
        "Mọi lệnh nhận / Every command takes: --lang vi|en, -q/--quiet, --no-color (or NO_COLOR=1), --strict, --plan FILE",
        "Mã thoát / Exit codes: 0 không có lỗi / clean, 1 có lỗi / findings, 2 sai cách dùng hoặc lỗi tệp / usage or I/O error",
        "Trợ giúp từng lệnh / Help on a command: budget <command> --help",
        "",
      ].join("\n"),
    )
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text), writeOut: (text) => process.stdout.write(text) });
  registerConsolidate(program, setExit);
  registerTotals(program, setExit);
  registerPlan(program, setExit);
  registerRollup(program, setExit);
  registerTemplate(program, setExit);
  registerCheck(program, setExit);
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    process.stderr.write(`budget: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.usage;
  }
  return exitCode;
}
