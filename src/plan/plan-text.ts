import { LineCounter, parseDocument } from "yaml";
import type { PlanLang, PlanProblem } from "./plan-problem.js";
import type { Plan } from "./schema.js";
import { strictJson } from "./strict-json.js";
import { validatePlan } from "./validate-plan.js";
import { aliasBombText, yamlErrorText } from "./yaml-error-text.js";

export { validatePlan };

/**
 * Parses and validates the text of a plan file. JSON that parses with no key twice in an object is
 * read by `JSON.parse` (a plan of 1,000 agencies took the YAML parser 0.3 s); anything else goes
 * through the YAML parser, which says where the problem is.
 */
export function parsePlanText(text: string, format: "json" | "yaml", lang: PlanLang = "vi"): { ok: true; plan: Plan } | { ok: false; problems: PlanProblem[] } {
  const json = format === "json" ? strictJson(text) : undefined;
  if (json) return validatePlan(json.value, lang);
  const lines = new LineCounter();
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true, lineCounter: lines });
  if (document.errors.length > 0) {
    return {
      ok: false,
      problems: document.errors.map((error) => {
        const { line, col } = lines.linePos(error.pos[0]);
        return { at: `${line}:${col}`, message: `${format === "json" ? "JSON" : "YAML"}: ${yamlErrorText(error.code, error.message, lang)}` };
      }),
    };
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // yaml refuses alias bombs (a few lines that expand to millions of nodes) by throwing a ReferenceError.
    const text = error instanceof ReferenceError ? aliasBombText(lang) : yamlErrorText("IMPOSSIBLE", "", lang);
    return { ok: false, problems: [{ at: "", message: `${format === "json" ? "JSON" : "YAML"}: ${text}` }] };
  }
  return validatePlan(value, lang);
}
