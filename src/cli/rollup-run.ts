import { extname } from "node:path";
import { type Pivot, parseDimensionList } from "../aggregate/pivot.js";
import type { RollupDimension, RollupInput } from "../aggregate/rollup.js";
import type { OverlappingInputs } from "../aggregate/rollup-duplicates.js";
import { type RollupProblem, type RollupRowDimension, rollup } from "../api/rollup.js";
import { outputDate } from "../write/appendix/output-date.js";
import { csvFileText } from "../write/csv-file.js";
import type { Lang } from "../write/diagnostic-message.js";
import { rollupAsCsv } from "../write/rollup-as-csv.js";
import { rollupAsJson } from "../write/rollup-as-json.js";
import { rollupAsTable } from "../write/rollup-as-table.js";
import { rollupAsXlsx } from "../write/rollup-as-workbook.js";
import type { CommonOptions } from "./common-options.js";
import { EXIT } from "./exit-code.js";
import type { CliIo } from "./io.js";
import { withoutLockFiles } from "./lock-files.js";
import { extensionProblem, outputsWritable } from "./output-checks.js";
import { loadActivePlan } from "./plan-active.js";
import { type Renderer, rendererFor } from "./renderers.js";
import { reportDiagnostics } from "./report-diagnostics.js";
import { bolder, wantsColor } from "./terminal.js";
import { writeOutput } from "./write-output.js";

/** Options of `budget rollup`. */
export interface RollupOptions extends CommonOptions {
  readonly by: string;
  readonly format: string;
  readonly output: string | undefined;
  readonly force: boolean;
  readonly plan: string | undefined;
}

const ROW_NAMES: ReadonlyMap<string, RollupRowDimension> = new Map<string, RollupRowDimension>([
  ["agency", "agency"],
  ["don-vi", "agency"],
  ["co-quan", "agency"],
  ["source", "source"],
  ["nguon", "source"],
  ["nguon-von", "source"],
  ["section", "section"],
  ["phan", "section"],
  ["input", "input"],
  ["file", "input"],
  ["tep", "input"],
]);

/** What a rollup is printed from. */
interface RollupView {
  readonly rollup: Pivot<RollupDimension>;
  readonly inputs: readonly RollupInput[];
  readonly color: boolean;
  readonly lang: Lang;
}

/** The rollup's renderers, one per `--format`. */
const ROLLUP_RENDERERS: Readonly<Record<"table" | "json" | "csv", Renderer<RollupView>>> = {
  table: (v) => rollupAsTable(v.rollup, { color: v.color, bold: bolder(v.color), lang: v.lang }),
  json: (v) => rollupAsJson(v.rollup, v.inputs),
  csv: (v) => rollupAsCsv(v.rollup),
};

/**
 * Runs `budget rollup`: reads every input (our appendix workbooks through the form pipeline, our JSON
 * exports through their schema), rolls them up year by year with the change between consecutive
 * years, and prints the result or writes it (`-o`: .xlsx, .csv or .json, atomically). Any input that
 * cannot be used stops the run with exit code 2: a rollup missing a year would mislead.
 */
export async function runRollup(paths: readonly string[], options: RollupOptions, io: CliIo): Promise<number> {
  const vi = options.lang === "vi";
  const by = parseDimensionList(options.by.replace(/\b(year|nam)\b/g, ""), ROW_NAMES);
  if (!by.ok) {
    io.stderr.write(
      vi
        ? `--by: không hiểu hoặc bị lặp: ${[...by.unknown, ...by.repeated].join(", ") || "(trống)"}. Dùng: agency, source, section, input (năm luôn là cột).\n`
        : `--by: unknown or repeated: ${[...by.unknown, ...by.repeated].join(", ") || "(empty)"}. Use: agency, source, section, input (years are always the columns).\n`,
    );
    return EXIT.usage;
  }
  const outputKind = options.output === undefined ? undefined : outputKindOf(options.output);
  if (options.output !== undefined && outputKind === undefined) {
    io.stderr.write(extensionProblem("-o", options.output, [".xlsx", ".csv", ".json"], options.lang) ?? "");
    return EXIT.usage;
  }
  const given = [...paths, ...(options.plan ? [options.plan] : [])];
  if (options.output !== undefined && !(await outputsWritable([options.output], { force: options.force, inputs: given, lang: options.lang }, io)))
    return EXIT.usage;
  const active = await loadActivePlan(options.plan, options.lang, io);
  if (!active) return EXIT.usage;

  const rolled = await rollup(withoutLockFiles(paths, options, io), { plan: active.index, by: by.by });
  for (const { file, agency } of options.quiet ? [] : rolled.unsplit) {
    io.stderr.write(
      vi
        ? `${file}: "${agency}" có nhiều năm và nhiều nguồn; JSON tổng không cho biết cách tách, nên các năm được ghi dưới nguồn "*". Dùng budget totals --by agency,year,source --format json để tách chính xác.\n`
        : `${file}: "${agency}" has several years and sources; the totals JSON does not say how they cross, so its years are shown under source "*". Use budget totals --by agency,year,source --format json for an exact split.\n`,
    );
  }
  for (const overlap of options.quiet ? [] : rolled.overlaps) io.stderr.write(`${overlapText(overlap, options.lang)}\n`);
  if (rolled.diagnostics.length > 0) reportDiagnostics(rolled.diagnostics, rolled.read, options, io);
  if (!rolled.ok) {
    const problems = rolled.problems.map((problem) => problemText(problem, options.lang));
    io.stderr.write(`${problems.length > 0 ? problems.join("\n") : vi ? "Không có bản tổng hợp nào để gộp." : "Nothing to roll up."}\n`);
    return EXIT.usage;
  }
  const { pivot: result, inputs } = rolled;
  if (options.output !== undefined && outputKind !== undefined) {
    const bytes =
      outputKind === "xlsx"
        ? await rollupAsXlsx(
            result,
            inputs,
            `Tổng hợp kinh phí chuyển đổi số năm ${result.columns
              .filter((c) => c.key !== "")
              .map((c) => c.label)
              .join(", ")}`,
            outputDate(io.env),
          )
        : outputKind === "csv"
          ? csvFileText(rollupAsCsv(result))
          : rollupAsJson(result, inputs);
    const protect = [...inputs.map((i) => i.file), ...(active.file ? [active.file] : [])];
    return (await writeOutput(io, options.output, bytes, { force: options.force, inputs: protect, lang: options.lang, quiet: options.quiet }))
      ? EXIT.ok
      : EXIT.usage;
  }
  const render = rendererFor(ROLLUP_RENDERERS, options.format) ?? ROLLUP_RENDERERS.table;
  io.stdout.write(render({ rollup: result, inputs, color: wantsColor(io.stdout, options.color, io.env), lang: options.lang }));
  return EXIT.ok;
}

/** One line saying why an input could not be rolled up. */
function problemText(problem: RollupProblem, lang: CommonOptions["lang"]): string {
  const { file } = problem;
  const vi = lang === "vi";
  if (problem.reason === "wrong-export") {
    const keys = (problem.keys ?? []).slice(0, 5).join(", ");
    return vi ? `${file}: không phải JSON của budget totals (thiếu hoặc sai: ${keys}).` : `${file}: not a budget totals JSON (missing or wrong: ${keys}).`;
  }
  if (problem.reason === "repeated") {
    const other = problem.detail ?? "";
    return vi
      ? `${file}: cùng số liệu với ${other} (cùng một tệp, một bản sao, hoặc cùng một lần tổng hợp): gộp cả hai sẽ cộng mọi số hai lần.`
      : `${file}: the same figures as ${other} (the same file, a copy, or the same consolidation): rolling both up would count every figure twice.`;
  }
  if (problem.reason === "appendix-errors") return vi ? `${file}: có lỗi khi đọc lại phụ lục.` : `${file}: errors reading the appendix back.`;
  const why = vi
    ? {
        "not-an-export": "không phải phụ lục .xlsx hay JSON do budget ghi",
        "not-json": `JSON hỏng (${problem.detail ?? ""})`,
        "not-found": "không tìm thấy",
        permission: "không có quyền đọc",
        "is-directory": "là thư mục",
        "too-large": "quá lớn",
        "not-utf8": "không phải văn bản UTF-8",
        io: "không đọc được",
      }
    : {
        "not-an-export": "not an appendix workbook or a JSON export of budget",
        "not-json": `broken JSON (${problem.detail ?? ""})`,
        "not-found": "not found",
        permission: "permission denied",
        "is-directory": "is a folder",
        "too-large": "too large",
        "not-utf8": "not UTF-8 text",
        io: "could not be read",
      };
  return `${file}: ${why[problem.reason]}.`;
}

/** The warning for two inputs with money for the same agencies in the same years. */
function overlapText({ file, other, agencies, years }: OverlappingInputs, lang: CommonOptions["lang"]): string {
  const shown = agencies.length > 3 ? `${agencies.slice(0, 3).join("; ")}…` : agencies.join("; ");
  return lang === "vi"
    ? `${file}: cảnh báo: cùng có số liệu với ${other} cho ${agencies.length} đơn vị (${shown}) năm ${years.join(", ")}; các số này được cộng cả hai. Kiểm tra xem có gộp trùng một đề xuất không.`
    : `${file}: warning: has money for the same ${agencies.length === 1 ? "agency" : `${agencies.length} agencies`} (${shown}) in ${years.join(", ")} as ${other}; both are added. Check that one proposal is not rolled up twice.`;
}

function outputKindOf(file: string): "xlsx" | "csv" | "json" | undefined {
  const ext = extname(file).toLowerCase();
  return ext === ".xlsx" ? "xlsx" : ext === ".csv" ? "csv" : ext === ".json" ? "json" : undefined;
}
