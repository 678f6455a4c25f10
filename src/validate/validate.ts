import type { Submission } from "../data/budget-row.js";
import type { Diagnostic, Finding } from "../data/diagnostic.js";
import type { PlanIndex } from "../plan/plan-index.js";
import { RULES, ruleFor } from "./registry.js";

/** Runs every rule that inspects one parsed sheet and returns what they found, rule by rule. */
export function checkSubmission(submission: Submission, index: PlanIndex): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) if (rule.stage === "submission") findings.push(...rule.check({ submission, plan: index.plan, index }));
  return findings;
}

/**
 * Runs every rule that looks across the submissions of a whole run (the same task or agency in
 * several files). `submissions` are in input order: findings point at the later occurrences.
 */
export function checkRun(submissions: readonly Submission[], index: PlanIndex): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) if (rule.stage === "run" && rule.check) findings.push(...rule.check({ submissions, plan: index.plan, index }));
  return findings;
}

/** Gives each finding its catalogue severity. */
export function classify(findings: readonly Finding[]): Diagnostic[] {
  return findings.map((finding) => ({ ...finding, severity: ruleFor(finding.code).severity }));
}
