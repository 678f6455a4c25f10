import { Option, type Command } from "commander";
import type { Lang } from "../write/diagnostic-message.js";

/** The options every command shares. */
export interface CommonOptions {
  readonly lang: Lang;
  readonly color: boolean;
  readonly quiet: boolean;
  readonly strict: boolean;
}

/** Adds `--lang`, `--no-color`, `--quiet` and `--strict` to a command. */
export function withCommonOptions(command: Command): Command {
  return command
    .addOption(new Option("--lang <lang>", "ngôn ngữ thông báo / message language").choices(["vi", "en"]).default("vi"))
    .option("--no-color", "không tô màu (như NO_COLOR=1) / no colour (as NO_COLOR=1)")
    .option("-q, --quiet", "chỉ in lỗi, không in cảnh báo, ghi chú, tiến trình / print errors only: no warnings, notes or progress", false)
    .option("--strict", "cảnh báo cũng là lỗi / warnings fail the run", false);
}

/** Adds `--plan <file>`: the plan profile (JSON or YAML) instead of the embedded default. */
export function withPlanOption(command: Command): Command {
  return command.option("--plan <file>", "tệp kế hoạch .json/.yaml thay cho kế hoạch mặc định / plan profile instead of the embedded default");
}

/** The `--plan` file given, if any. */
export function planPath(values: Record<string, unknown>): string | undefined {
  return typeof values.plan === "string" ? values.plan : undefined;
}

/** Reads the shared options from commander's parsed values. */
export function commonOptions(values: Record<string, unknown>): CommonOptions {
  return {
    lang: values.lang === "en" ? "en" : "vi",
    color: values.color !== false,
    quiet: values.quiet === true,
    strict: values.strict === true,
  };
}
