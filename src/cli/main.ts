import { Command, CommanderError } from "commander";
import { packageVersion } from "../api/version.js";
import { registerCheck } from "./check-command.js";
import { COMMANDER_TEXTS, commanderErrorIn, helpConfiguration, langOfArgv } from "./commander-language.js";
import { registerConsolidate } from "./consolidate-command.js";
import { registerDiff } from "./diff-command.js";
import { EXIT } from "./exit-code.js";
import { registerInspect } from "./inspect-command.js";
import type { CliIo, OutStream } from "./io.js";
import { registerPlan } from "./plan-command.js";
import { registerReport } from "./report-command.js";
import { registerReturn } from "./return-command.js";
import { registerReview } from "./review-command.js";
import { registerRollup } from "./rollup-command.js";
import { registerStatus } from "./status-command.js";
import { registerTemplate } from "./template-command.js";
import { wantsColor } from "./terminal.js";
import { registerTotals } from "./totals-command.js";

/** The width commander wraps help to: a terminal's, else its default of 80 columns. */
function helpWidth(stream: OutStream): number {
  return stream.isTTY === true && stream.columns !== undefined ? stream.columns : 80;
}

/**
 * The command line: parses argv (the words after the program's name), runs the command, and returns
 * the exit code (0 clean, 1 findings, 2 usage or I/O error). Everything it prints goes to `io`, whose
 * environment it reads; it never exits the process, so tests run it in-process as the binary does.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const setExit = (code: number) => {
    exitCode = code;
  };
  // Commander writes its help and errors while it parses, so the language is read from argv first.
  const lang = langOfArgv(argv);
  const program = new Command("budget")
    .description("Tổng hợp biểu mẫu đề xuất kinh phí chuyển đổi số thành phụ lục / consolidate budget proposal forms")
    .version(packageVersion(), "-V, --version", COMMANDER_TEXTS[lang].version)
    // Set before the commands are added, which inherit them. A mistyped flag or command gets a
    // suggestion (commander's default, kept on on purpose: commanderErrorIn words it in Vietnamese).
    .helpOption("-h, --help", COMMANDER_TEXTS[lang].help)
    .helpCommand("help [command]", COMMANDER_TEXTS[lang].help)
    .configureHelp(helpConfiguration(lang))
    .showSuggestionAfterError(true)
    .addHelpText(
      "after",
      [
        "",
        "Ví dụ / Examples:",
        "  budget consolidate de-xuat/ -o phu-luc.xlsx",
        "  budget totals de-xuat/ --by agency,year",
        "  budget check de-xuat/ --format github --strict",
        "  budget status de-xuat/ --deadline 2025-07-15",
        "  budget inspect de-xuat/so-tu-phap.xlsx",
        "  budget diff de-xuat-lan-1/ de-xuat-lan-2/ --min 100",
        "  budget review --init de-xuat/ -o tham-dinh.xlsx",
        "  budget report de-xuat/ -o bao-cao.html",
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
    // Commander's help, version and errors go to `io` too, sized and coloured by it, and end in a
    // thrown CommanderError instead of process.exit; subcommands inherit both settings.
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(commanderErrorIn(text, lang)),
      getOutHelpWidth: () => helpWidth(io.stdout),
      getErrHelpWidth: () => helpWidth(io.stderr),
      getOutHasColors: () => wantsColor(io.stdout, true, io.env),
      getErrHasColors: () => wantsColor(io.stderr, true, io.env),
    });
  registerConsolidate(program, io, setExit);
  registerTotals(program, io, setExit);
  registerPlan(program, io, setExit);
  registerRollup(program, io, setExit);
  registerTemplate(program, io, setExit);
  registerCheck(program, io, setExit);
  registerStatus(program, io, setExit);
  registerReturn(program, io, setExit);
  registerInspect(program, io, setExit);
  registerDiff(program, io, setExit);
  registerReview(program, io, setExit);
  registerReport(program, io, setExit);
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    io.stderr.write(`budget: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.usage;
  }
  return exitCode;
}
