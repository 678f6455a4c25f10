import type { Submission } from "../data/budget-row.js";
import type { Diagnostic, Finding } from "../data/diagnostic.js";
import { RULES, ruleFor } from "./registry.js";

/** Runs every rule that inspects parsed submissions and returns what they found. */
export function checkSubmission(submission: Submission): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) if (rule.check) findings.push(...rule.check(submission));
  return findings;
}

/** Gives each finding its catalogue severity. */
export function classify(findings: readonly Finding[]): Diagnostic[] {
  return findings.map((finding) => ({ ...finding, severity: ruleFor(finding.code).severity }));
}
