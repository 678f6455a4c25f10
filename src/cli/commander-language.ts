import { type Command, Help, type HelpConfiguration, type Option } from "commander";
import type { Lang } from "../write/diagnostic-message.js";

/**
 * The language argv asks for, read before commander parses it, since commander's own texts (help,
 * errors) are written while it parses: `--lang en` or `--lang=en` anywhere before a `--`; Vietnamese
 * otherwise, as `--lang` defaults to.
 */
export function langOfArgv(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    if (word === "--") break;
    if (word === "--lang=en" || (word === "--lang" && argv[i + 1] === "en")) return "en";
  }
  return "vi";
}

/** Commander's words for its help, in Vietnamese; English keeps commander's own. */
const HELP_VI = {
  titles: { "Usage:": "Cách dùng:", "Options:": "Tùy chọn:", "Arguments:": "Đối số:", "Commands:": "Lệnh:", "Global Options:": "Tùy chọn chung:" } as Readonly<
    Record<string, string>
  >,
  choices: "chọn một trong",
  default: "mặc định",
  help: "in trợ giúp của lệnh",
  version: "in số phiên bản",
};

/** The texts commander writes itself, in each language: the `-h, --help`, `help [command]` and `-V, --version` descriptions. */
export const COMMANDER_TEXTS: Readonly<Record<Lang, { readonly help: string; readonly version: string }>> = {
  vi: { help: HELP_VI.help, version: HELP_VI.version },
  en: { help: "display help for command", version: "output the version number" },
};

/** `[options]` and `[command]` in a usage line or a command's term, in Vietnamese. */
function usageVi(text: string): string {
  return text.replace(/\[options\]/gu, "[tùy chọn]").replace(/\[command\]/gu, "[lệnh]");
}

/** A default value as help shows it: a flag's `false`/`true` as `tắt`/`bật`, anything else as JSON. */
function defaultVi(value: unknown): string {
  return typeof value === "boolean" ? (value ? "bật" : "tắt") : JSON.stringify(value);
}

/** An option's `(choices: …, default: …)` in Vietnamese; as commander writes it otherwise. */
function optionDescriptionVi(option: Option): string {
  const extra: string[] = [];
  if (option.argChoices) extra.push(`${HELP_VI.choices}: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`);
  // Commander shows a default for options that take a value, and for a boolean flag's false.
  const showDefault = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === "boolean");
  if (option.defaultValue !== undefined && showDefault) extra.push(`${HELP_VI.default}: ${option.defaultValueDescription ?? defaultVi(option.defaultValue)}`);
  if (extra.length === 0) return option.description;
  // `;` between the parts, as the choices are a list with commas of their own.
  return option.description ? `${option.description} (${extra.join("; ")})` : `(${extra.join("; ")})`;
}

/**
 * How commander's help is written in a language: in Vietnamese its titles (`Cách dùng:`, `Tùy
 * chọn:`…), `[tùy chọn]`/`[lệnh]` in usage lines, and `(chọn một trong: …; mặc định: …)`; English is
 * commander's own. Subcommands inherit it from the program.
 */
export function helpConfiguration(lang: Lang): HelpConfiguration {
  if (lang === "en") return {};
  return {
    styleTitle: (title: string) => HELP_VI.titles[title] ?? title,
    commandUsage(this: Help, command: Command) {
      return usageVi(Help.prototype.commandUsage.call(this, command));
    },
    subcommandTerm(this: Help, command: Command) {
      return usageVi(Help.prototype.subcommandTerm.call(this, command));
    },
    optionDescription: optionDescriptionVi,
  };
}

/** One of commander's error messages and its Vietnamese words (`$1`… are the parts it matched). */
const ERRORS_VI: ReadonlyArray<readonly [RegExp, string]> = [
  [/^error: missing required argument '(.+)'$/u, "lỗi: thiếu đối số bắt buộc '$1'"],
  [/^error: option '(.+)' argument missing$/u, "lỗi: tùy chọn '$1' thiếu giá trị"],
  [/^error: required option '(.+)' not specified$/u, "lỗi: thiếu tùy chọn bắt buộc '$1'"],
  [/^error: unknown option '(.+)'$/u, "lỗi: không có tùy chọn '$1'"],
  [/^error: unknown command '(.+)'$/u, "lỗi: không có lệnh '$1'"],
  [/^error: too many arguments for '(.+)'\. Expected (\d+) arguments? but got (\d+)\.$/u, "lỗi: lệnh '$1' nhận $2 đối số, nhưng được cho $3."],
  [/^error: too many arguments\. Expected (\d+) arguments? but got (\d+)\.$/u, "lỗi: thừa đối số: cần $1, được cho $2."],
  [/^error: option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/u, "lỗi: tùy chọn '$1' không nhận '$2'; chọn một trong: $3."],
  [/^error: option '(.+)' argument '(.*)' is invalid\. (.+)$/u, "lỗi: tùy chọn '$1' không nhận '$2': $3"],
  [/^error: option '(.+)' argument '(.*)' is invalid\.$/u, "lỗi: tùy chọn '$1' không nhận '$2'."],
  [/^error: command-argument value '(.*)' is invalid for argument '(.+)'\.(.*)$/u, "lỗi: đối số '$2' không nhận '$1'.$3"],
  [/^error: (.+) cannot be used with (.+)$/u, "lỗi: $1 không dùng cùng $2"],
  [/^\(Did you mean one of (.+)\?\)$/u, "(Có phải ý bạn là một trong: $1?)"],
  [/^\(Did you mean (.+)\?\)$/u, "(Có phải ý bạn là $1?)"],
];

/**
 * Our own reasons for an invalid value are written `vi / en`; the half in the language is kept.
 * Only a text with exactly one ` / ` is split, so a reason that happens to hold a slash stays whole.
 */
function ourReason(text: string, lang: Lang): string {
  const halves = text.split(" / ");
  return halves.length === 2 ? ((lang === "vi" ? halves[0] : halves[1]) ?? text) : text;
}

/**
 * One of commander's error messages (several lines when it suggests a flag or command) in the
 * language: commander writes English and has no hook for its words, so each of its messages is
 * matched and rewritten, line by line; a line no pattern knows is left as it is. Our own reasons
 * (`cần một số nguyên ≥ 0 / expected a whole number ≥ 0`) keep the half in the language.
 */
export function commanderErrorIn(text: string, lang: Lang): string {
  return text
    .split("\n")
    .map((line) => {
      const invalid = /^(error: option '.+' argument '.*' is invalid\. )(.+)$/u.exec(line);
      const own = invalid && !invalid[2]?.startsWith("Allowed choices") ? `${invalid[1] ?? ""}${ourReason(invalid[2] ?? "", lang)}` : line;
      if (lang === "en") return own;
      for (const [pattern, words] of ERRORS_VI) if (pattern.test(own)) return own.replace(pattern, words);
      return own;
    })
    .join("\n");
}
