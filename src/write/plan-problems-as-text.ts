import type { PlanProblem } from "../plan/plan-problem.js";
import type { Lang } from "./diagnostic-message.js";

/**
 * Renders the problems of a plan file, one a line: `plan.yaml:3:1: …` for a syntax error,
 * `plan.json: fundingSources[3].code: …` for a field, then a line saying the run stopped.
 */
export function planProblemsAsText(file: string, problems: readonly PlanProblem[], lang: Lang): string {
  const lines = problems.map((problem) => {
    if (/^\d+:\d+$/.test(problem.at)) return `${file}:${problem.at}: ${problem.message}`;
    return problem.at === "" ? `${file}: ${problem.message}` : `${file}: ${problem.at}: ${problem.message}`;
  });
  lines.push(
    lang === "vi"
      ? `✖ Tệp kế hoạch không dùng được (${problems.length} lỗi); sửa rồi chạy lại. Xem: budget plan --json-schema`
      : `✖ The plan file cannot be used (${problems.length} problem${problems.length === 1 ? "" : "s"}); fix it and run again. See: budget plan --json-schema`,
  );
  return `${lines.join("\n")}\n`;
}
