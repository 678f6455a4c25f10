import { planJsonSchema } from "../plan/plan-json-schema.js";
import { writeFileAtomic } from "../write/atomic-write.js";
import { planAsDocument, planFormatFor } from "../write/plan-as-document.js";
import { planAsText } from "../write/plan-as-text.js";
import type { CommonOptions } from "./common-options.js";
import { EXIT } from "./exit-code.js";
import type { CliIo } from "./io.js";
import { extensionProblem, outputsWritable } from "./output-checks.js";
import { loadActivePlan } from "./plan-active.js";
import { writeProblemText } from "./write-problem-text.js";

/** Options of `budget plan`. */
export interface PlanOptions extends CommonOptions {
  readonly plan: string | undefined;
  readonly export: string | undefined;
  readonly force: boolean;
  readonly jsonSchema: boolean;
  readonly format: "text" | "json" | "yaml";
}

/**
 * Runs `budget plan`: prints the JSON Schema of plan files, or exports the active plan (the `--plan`
 * file or the embedded default) for editing, or prints it. Returns the exit code.
 */
export async function runPlan(options: PlanOptions, io: CliIo): Promise<number> {
  if (options.jsonSchema) {
    io.stdout.write(`${JSON.stringify(planJsonSchema(), null, 2)}\n`);
    return EXIT.ok;
  }
  if (options.export !== undefined) {
    const wrongExtension = extensionProblem("--export", options.export, [".yaml", ".yml", ".json"], options.lang);
    if (wrongExtension) {
      io.stderr.write(wrongExtension);
      return EXIT.usage;
    }
    if (!(await outputsWritable([options.export], { force: options.force, inputs: options.plan ? [options.plan] : [], lang: options.lang }, io)))
      return EXIT.usage;
  }
  const active = await loadActivePlan(options.plan, options.lang, io);
  if (!active) return EXIT.usage;
  if (options.export !== undefined) {
    const text = planAsDocument(active.plan, planFormatFor(options.export));
    const problem = await writeFileAtomic(options.export, text, { force: options.force, inputs: active.file ? [active.file] : [] });
    if (problem) {
      io.stderr.write(writeProblemText(problem, options.lang));
      return EXIT.usage;
    }
    if (!options.quiet) io.stderr.write(options.lang === "vi" ? `Đã ghi kế hoạch ra ${options.export}.\n` : `Plan written to ${options.export}.\n`);
    return EXIT.ok;
  }
  io.stdout.write(options.format === "text" ? planAsText(active.plan, active.file, options.lang) : planAsDocument(active.plan, options.format));
  return EXIT.ok;
}
