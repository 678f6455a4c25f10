import type { AgencyBlock, Submission } from "../data/budget-row.js";
import type { Finding } from "../data/diagnostic.js";
import { agencyIdentity, hasContent } from "./agency-registry.js";
import { rowLocation } from "./rows.js";
import type { SubmissionContext } from "./rule.js";

/** Where a finding about an agency points: its row when the form has one, else the sheet. */
export function agencyLocation(submission: Submission, agency: AgencyBlock) {
  return agency.row ? rowLocation(submission, agency.row) : { file: submission.file, sheet: submission.sheet, rowName: agency.name };
}

/** BC406: every agency with rows is in the plan's registry, by official name or alias. */
export function* agencyNotInRegistry({ submission, plan, index }: SubmissionContext): Iterable<Finding> {
  if (plan.agencies.length === 0) return;
  for (const agency of submission.agencies) {
    if (!hasContent(agency) || agencyIdentity(agency.name, index).known) continue;
    yield { code: "BC406", ...agencyLocation(submission, agency), actual: agency.name };
  }
}
