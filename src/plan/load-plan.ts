import { extname } from "node:path";
import { readTextFile, type TextReadProblem } from "../read/text/read-text-file.js";
import { DEFAULT_PLAN } from "./default-plan.js";
import { keyPath } from "./key-path.js";
import { normalisePlan } from "./normalise-plan.js";
import { PlanIndex } from "./plan-index.js";
import type { PlanLang, PlanProblem } from "./plan-problem.js";
import type { Plan } from "./schema.js";
import { strictJson } from "./strict-json.js";

export type { PlanLang, PlanProblem };
export { keyPath };

/**
 * A loaded plan with its index (the lookups every stage uses, built here once), or the problems that
 * stopped it loading. `file` is undefined for the embedded default.
 */
export type LoadedPlan = { ok: true; plan: Plan; index: PlanIndex; file: string | undefined } | { ok: false; file: string; problems: readonly PlanProblem[] };

/** Plan files are small; anything bigger is not a plan. */
const MAX_PLAN_BYTES = 5 * 1024 * 1024;

/**
 * The embedded default plan, a fresh copy. It is written complete (every default filled in, keys in
 * the schema's order; a test holds it equal to its own validation), so the CLI need not load zod
 * to use it.
 */
export function defaultPlan(): Plan {
  return normalisePlan(structuredClone(DEFAULT_PLAN));
}

/**
 * Loads the plan profile at `path` (JSON or YAML, by extension; other names are read as YAML, which
 * also reads JSON), or the embedded default when `path` is undefined. Never throws: a missing,
 * unparsable or invalid file yields its problems, each naming the key path or line to fix.
 */
export async function loadPlan(path?: string, lang: PlanLang = "vi"): Promise<LoadedPlan> {
  if (path === undefined) return loaded(defaultPlan(), undefined);
  const read = await readTextFile(path, MAX_PLAN_BYTES);
  if (!read.ok) return { ok: false, file: path, problems: [{ at: "", message: readProblemText(read.reason, lang) }] };
  // zod loads only when a plan file is given, the YAML parser only when one is not plain JSON
  // (0.1 s each): the default plan needs neither.
  const format = extname(path).toLowerCase() === ".json" ? "json" : "yaml";
  const json = format === "json" ? strictJson(read.text) : undefined;
  const parsed = json
    ? (await import("./validate-plan.js")).validatePlan(json.value, lang)
    : (await import("./plan-text.js")).parsePlanText(read.text, format, lang);
  return parsed.ok ? loaded(parsed.plan, path) : { ok: false, file: path, problems: parsed.problems };
}

function loaded(plan: Plan, file: string | undefined): LoadedPlan {
  return { ok: true, plan, index: new PlanIndex(plan), file };
}

function readProblemText(reason: TextReadProblem, lang: PlanLang): string {
  const texts: Record<TextReadProblem, { vi: string; en: string }> = {
    "not-found": { vi: "không tìm thấy tệp kế hoạch", en: "plan file not found" },
    permission: { vi: "không có quyền đọc tệp kế hoạch", en: "no permission to read the plan file" },
    "is-directory": { vi: "đây là thư mục, không phải tệp kế hoạch", en: "this is a folder, not a plan file" },
    "too-large": { vi: "tệp kế hoạch quá lớn (tối đa 5 MB)", en: "the plan file is too large (5 MB at most)" },
    "not-utf8": { vi: "tệp kế hoạch không phải văn bản UTF-8", en: "the plan file is not UTF-8 text" },
    io: { vi: "không đọc được tệp kế hoạch", en: "could not read the plan file" },
  };
  return texts[reason][lang];
}
