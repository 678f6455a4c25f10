import type { Finding } from "../data/diagnostic.js";
import { foldText } from "../data/text.js";
import { addsNothing } from "../parse/parse-sheet.js";
import { agencyLocation } from "./agencies.js";
import { agencyIdentity, hasContent } from "./agency-registry.js";
import { rowLocation } from "./rows.js";
import type { RunContext } from "./rule.js";

/**
 * BC404: a task (a top-level item, by its name without diacritics, case or punctuation) proposed by
 * one agency is proposed again by another. Reported at the later occurrence, naming the first.
 */
export function* duplicateTask({ submissions, index }: RunContext): Iterable<Finding> {
  const first = new Map<string, { agencyKey: string; agency: string; file: string; cell: string }>();
  for (const submission of submissions) {
    for (const agency of submission.agencies) {
      const identity = agencyIdentity(agency.name, index);
      for (const item of agency.items) {
        const key = foldText(item.name);
        if (key === "") continue;
        const seen = first.get(key);
        if (!seen) {
          first.set(key, { agencyKey: identity.key, agency: identity.name, file: submission.file, cell: item.codeCell });
        } else if (seen.agencyKey !== identity.key) {
          yield { code: "BC404", ...rowLocation(submission, item), args: { other: seen.agency, otherFile: seen.file, otherCell: seen.cell } };
        }
      }
    }
  }
}

/**
 * BC405: an agency whose rows came in one file comes again in another. Reported once per later
 * file, naming the first file. A blank form of the agency (BC111) adds nothing, so it is no repeat.
 */
export function* agencyInTwoFiles({ submissions, index }: RunContext): Iterable<Finding> {
  const firstFile = new Map<string, string>();
  const reported = new Set<string>();
  for (const submission of submissions) {
    for (const agency of submission.agencies) {
      if (!hasContent(agency) || addsNothing(agency)) continue;
      const identity = agencyIdentity(agency.name, index);
      const file = firstFile.get(identity.key);
      if (file === undefined) {
        firstFile.set(identity.key, submission.file);
      } else if (file !== submission.file && !reported.has(`${identity.key}\u0000${submission.file}`)) {
        reported.add(`${identity.key}\u0000${submission.file}`);
        yield { code: "BC405", ...agencyLocation(submission, agency), args: { agency: identity.name, otherFile: file } };
      }
    }
  }
}
