import type { z } from "zod";
import { periodFromKey } from "../data/period.js";
import { foldText } from "../data/text.js";
import { nearestSpelling } from "./nearest-spelling.js";
import type { PlanShapeSchema } from "./plan-shape.js";

/** A problem that relates two parts of a plan, at the key path of the part to fix. */
export interface PlanReferenceIssue {
  readonly path: readonly (string | number)[];
  readonly vi: string;
  readonly en: string;
}

type PlanShape = z.infer<typeof PlanShapeSchema>;

/**
 * Checks what a field-by-field schema cannot: codes and names are unique, no spelling (compared
 * without diacritics) means two different things, and every reference names something the plan
 * defines. Returns one issue per problem, at its key path.
 */
export function checkPlanReferences(plan: PlanShape): PlanReferenceIssue[] {
  const issues: PlanReferenceIssue[] = [];
  const duplicate: Duplicate = (path, text, owner) =>
    issues.push({ path, vi: `"${text}" đã dùng cho "${owner}"`, en: `"${text}" is already used for "${owner}"` });
  const unknown = (path: (string | number)[], text: string, what: { vi: string; en: string }, known: Iterable<string>) => {
    const near = nearestSpelling(text, [...known]);
    issues.push({
      path,
      vi: `"${text}" không có trong ${what.vi} của kế hoạch${near === undefined ? "" : ` (Có phải ý bạn là "${near}"?)`}`,
      en: `"${text}" is not one of the plan's ${what.en}${near === undefined ? "" : ` (Did you mean "${near}"?)`}`,
    });
  };

  const years = new Set<number>();
  plan.years.forEach((year, i) => {
    if (years.has(year)) duplicate(["years", i], String(year), String(year));
    years.add(year);
  });
  const ranges = new Set<string>();
  (plan.periods ?? []).forEach((range, i) => {
    if (ranges.has(range)) duplicate(["periods", i], range, range);
    ranges.add(range);
    if (periodFromKey(range) === undefined)
      issues.push({
        path: ["periods", i],
        vi: `giai đoạn "${range}" phải từ năm trước đến năm sau`,
        en: `the period "${range}" must run from an earlier year to a later one`,
      });
  });

  uniqueKeys(
    plan.fundingSources.map((s) => s.code),
    "fundingSources",
    "code",
    duplicate,
  );
  const sourceSpellings = new Map<string, string>();
  plan.fundingSources.forEach((source, i) => {
    claimSpellings(
      sourceSpellings,
      source.code,
      [
        [["fundingSources", i, "code"], source.code],
        [["fundingSources", i, "name"], source.name],
        ...source.aliases.map((alias, j): Spelled => [["fundingSources", i, "aliases", j], alias]),
      ],
      duplicate,
    );
  });

  const frameworks = uniqueKeys(
    plan.frameworks.map((f) => f.key),
    "frameworks",
    "key",
    duplicate,
  );
  uniqueKeys(
    plan.taskGroups.map((g) => g.key),
    "taskGroups",
    "key",
    duplicate,
  );
  if (plan.frameworks.length > 0) {
    plan.taskGroups.forEach((group, i) => {
      if (!frameworks.has(group.framework))
        unknown(["taskGroups", i, "framework"], group.framework, { vi: "các khung chính sách (frameworks)", en: "frameworks" }, frameworks);
    });
  }

  const sections = uniqueKeys(
    plan.sections.map((s) => s.code),
    "sections",
    "code",
    duplicate,
  );
  uniqueKeys(
    plan.agencies.map((a) => a.name),
    "agencies",
    "name",
    duplicate,
  );
  const agencySpellings = new Map<string, string>();
  plan.agencies.forEach((agency, i) => {
    if (plan.sections.length > 0 && !sections.has(agency.section))
      unknown(["agencies", i, "section"], agency.section, { vi: "các phần (sections)", en: "sections" }, sections);
    claimSpellings(
      agencySpellings,
      agency.name,
      [[["agencies", i, "name"], agency.name], ...agency.aliases.map((alias, j): Spelled => [["agencies", i, "aliases", j], alias])],
      duplicate,
    );
  });

  // A near miss among the names a ceiling may use is offered as "did you mean"; a wrong year is not a typo.
  const agencyNames = plan.agencies.flatMap((agency) => [agency.name, ...agency.aliases]);
  const sourceNames = plan.fundingSources.flatMap((source) => [source.code, source.name, ...source.aliases]);
  plan.ceilings.agencies.forEach((ceiling, i) => {
    if (!agencySpellings.has(foldText(ceiling.agency)))
      unknown(["ceilings", "agencies", i, "agency"], ceiling.agency, { vi: "danh sách đơn vị (agencies)", en: "agencies" }, agencyNames);
    if (ceiling.year !== undefined && !years.has(ceiling.year))
      unknown(["ceilings", "agencies", i, "year"], String(ceiling.year), { vi: "các năm (years)", en: "years" }, []);
  });
  (plan.statedSplits ?? []).forEach((split, i) => {
    if (split.source !== undefined && !sourceSpellings.has(foldText(split.source)))
      unknown(["statedSplits", i, "source"], split.source, { vi: "các nguồn vốn (fundingSources)", en: "funding sources" }, sourceNames);
  });
  plan.ceilings.sources.forEach((ceiling, i) => {
    if (!sourceSpellings.has(foldText(ceiling.source)))
      unknown(["ceilings", "sources", i, "source"], ceiling.source, { vi: "các nguồn vốn (fundingSources)", en: "funding sources" }, sourceNames);
    if (ceiling.year !== undefined && !years.has(ceiling.year))
      unknown(["ceilings", "sources", i, "year"], String(ceiling.year), { vi: "các năm (years)", en: "years" }, []);
  });
  return issues;
}

type Spelled = [(string | number)[], string];
type Duplicate = (path: (string | number)[], text: string, owner: string) => void;

/** Records the spellings of one owner; a spelling another owner already has is a duplicate. */
function claimSpellings(claimed: Map<string, string>, owner: string, spelled: readonly Spelled[], duplicate: Duplicate): void {
  for (const [path, text] of spelled) {
    const key = foldText(text);
    const previous = claimed.get(key);
    if (previous === undefined) claimed.set(key, owner);
    else if (previous !== owner) duplicate(path, text, previous);
  }
}

function uniqueKeys(keys: readonly string[], list: string, field: string, duplicate: Duplicate): Set<string> {
  const seen = new Set<string>();
  keys.forEach((key, i) => {
    if (seen.has(key)) duplicate([list, i, field], key, key);
    seen.add(key);
  });
  return seen;
}
