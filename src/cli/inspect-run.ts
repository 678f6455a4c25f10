import { inspect } from "../api/inspect.js";
import type { Inspection } from "../data/inspection.js";
import { missingInputs } from "../read/expand-inputs.js";
import type { Lang } from "../write/diagnostic-message.js";
import { inspectionAsJson } from "../write/inspection-as-json.js";
import { inspectionAsText } from "../write/inspection-as-text.js";
import type { CommonOptions } from "./common-options.js";
import { EXIT, exitCodeFor } from "./exit-code.js";
import type { CliIo } from "./io.js";
import { loadActivePlan } from "./plan-active.js";
import { type Renderer, rendererFor } from "./renderers.js";

/** Options of `budget inspect`. */
export interface InspectOptions extends CommonOptions {
  readonly format: string;
  readonly plan: string | undefined;
  readonly sheet: string | undefined;
}

/** The inspection's renderers, one per `--format`. */
const INSPECT_RENDERERS: Readonly<Record<"text" | "json", Renderer<{ inspection: Inspection; lang: Lang }>>> = {
  text: ({ inspection, lang }) => inspectionAsText(inspection, lang),
  json: ({ inspection, lang }) => inspectionAsJson(inspection, lang),
};

/**
 * Runs `budget inspect`: how the tool reads one file, on stdout; its findings are part of the report.
 * Exit 0, 1 when the file has errors (or warnings under `--strict`), 2 when it cannot be found or opened.
 */
export async function runInspect(file: string, options: InspectOptions, io: CliIo): Promise<number> {
  if ((await missingInputs([file])).length > 0) {
    io.stderr.write(options.lang === "vi" ? `Không tìm thấy tệp: ${file}\n` : `No such file: ${file}\n`);
    return EXIT.usage;
  }
  const active = await loadActivePlan(options.plan, options.lang, io);
  if (!active) return EXIT.usage;
  const inspection = await inspect(file, { plan: active.index, sheet: options.sheet });
  const render = rendererFor(INSPECT_RENDERERS, options.format) ?? INSPECT_RENDERERS.text;
  io.stdout.write(render({ inspection, lang: options.lang }));
  return exitCodeFor(inspection.diagnostics, { strict: options.strict });
}
