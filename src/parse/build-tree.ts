import type { AgencyBlock, BudgetRow } from "../data/budget-row.js";
import type { Finding } from "../data/diagnostic.js";
import { foldText } from "../data/text.js";
import { hasFigures, type RowDraft, withRole } from "./parse-row.js";
import { pathText, toRoman } from "./row-code.js";

/** What the tree is built for: where the rows came from, and the agency to use when rows name none. */
export interface TreeContext {
  readonly file: string;
  readonly sheet: string;
  /** The agency of a single-agency form (from its template mark, its title block or the file name), and of an agency row without a name. */
  readonly fallbackAgency: string;
  /** Rows coded `1`, `2` are agencies even with no item under them: a form `budget template` made has an agency row. */
  readonly agencyRows?: boolean;
}

/** The tree of one sheet. */
export interface Tree {
  readonly agencies: readonly AgencyBlock[];
  readonly statedTotal: BudgetRow | undefined;
  /** Total rows after the first, in sheet order. */
  readonly laterTotals: readonly BudgetRow[];
}

interface OpenAgency {
  name: string;
  reference: string;
  section: string | undefined;
  row: BudgetRow | undefined;
  items: BudgetRow[];
}

interface StackEntry {
  readonly level: number;
  readonly row: BudgetRow;
}

const TOTAL_NAME = /^(tong cong|tong so|tong|cong)\b/;
/** The code column's text with its spaces gone (`TỔNG SỐ` → `tongso`), when it names the total. */
const TOTAL_CODE = /^(tongcong|tongso|tong|cong):?$/;
/** A name that is the total word and nothing else (`Công an tỉnh` is an agency, not `Cộng`). */
const TOTAL_ONLY = /^(tong cong|tong so|tong|cong)$/;
const REFERENCE = /^(.*?)\s*\(([^()]*\d[^()]*)\)\s*$/;

/**
 * Builds the section → agency → item → sub-item tree from the rows in sheet order. Codes decide the
 * level (`1` agency, `1.1` item, `1.1.1` or `(1)` sub-item; in a form without agency rows, `1` is an
 * item); a code that contradicts its position (`4,5` under agency 5) is placed by position with a
 * BC303 warning. Also reports malformed (BC302) and duplicate (BC301) codes.
 */
export function buildTree(drafts: readonly RowDraft[], context: TreeContext, findings: Finding[]): Tree {
  const agencyMode = context.agencyRows === true || drafts.some((d) => d.code.kind === "section" || (d.code.kind === "path" && d.code.parts.length >= 2));
  const agencies: OpenAgency[] = [];
  const seen = new Set<string>();
  let statedTotal: BudgetRow | undefined;
  const laterTotals: BudgetRow[] = [];
  let totalFirst = false;
  // The first total row is the stated total. When it stands above every row, the table states its total
  // first, and a total row below the items repeats it: that one is checked too. Otherwise a later total
  // row is left out as before (it may be a section's `Cộng`).
  const total = (draft: RowDraft): void => {
    if (statedTotal === undefined) {
      statedTotal = withRole(draft, "total");
      totalFirst = agencies.length === 0;
    } else if (totalFirst) {
      laterTotals.push(withRole(draft, "total"));
    }
  };
  let section: string | undefined;
  let agency: OpenAgency | undefined;
  let stack: StackEntry[] = [];
  let lastPathLevel = 1;
  let previous: { level: number; bullet: boolean } = { level: 1, bullet: false };
  // The level each bullet sign took since the last numbered row: `+` under `-` nests, `-` again returns.
  const bulletLevels = new Map<string, number>();

  const where = (draft: RowDraft) => ({
    file: context.file,
    sheet: context.sheet,
    cell: draft.codeCell,
    row: draft.row + 1,
    rowCode: draft.code.text,
    rowName: draft.name,
  });
  const currentAgency = (): OpenAgency => {
    if (!agency) {
      agency = { name: context.fallbackAgency, reference: "", section, row: undefined, items: [] };
      agencies.push(agency);
    }
    return agency;
  };
  const place = (draft: RowDraft, level: number): void => {
    const row = withRole(draft, "item");
    while (stack.length > 0 && (stack.at(-1)?.level ?? 0) >= level) stack.pop();
    const parent = stack.at(-1);
    if (parent) parent.row.children.push(row);
    else currentAgency().items.push(row);
    stack.push({ level, row });
    previous = { level, bullet: draft.code.kind === "bullet" };
    if (draft.code.kind === "bullet") bulletLevels.set(draft.code.text, level);
    else bulletLevels.clear();
  };

  for (const draft of drafts) {
    const code = draft.code;
    switch (code.kind) {
      case "none":
        if (TOTAL_NAME.test(foldText(draft.name))) {
          total(draft);
        } else if (hasFigures(draft)) {
          findings.push({ ...where(draft), code: "BC302", actual: "" });
          place(draft, previous.level + (previous.bullet ? 0 : 1));
        }
        break;
      case "section":
        section = toRoman(code.number);
        agency = undefined;
        stack = [];
        break;
      case "path": {
        const level = code.parts.length + (agencyMode ? 0 : 1);
        const key = `${section ?? ""}|${pathText(code.parts)}`;
        if (seen.has(key)) findings.push({ ...where(draft), code: "BC301", actual: code.text });
        seen.add(key);
        if (level === 1) {
          const split = REFERENCE.exec(draft.name);
          const name = split?.[1] ?? draft.name;
          const reference = split?.[2] ?? "";
          const row = withRole({ ...draft, name }, "agency", reference);
          // An agency row left without a name (a blank form made for no agency) keeps its row, named as the form is.
          agency = { name: name === "" ? context.fallbackAgency : name, reference, section, row, items: [] };
          agencies.push(agency);
          stack = [];
          lastPathLevel = 1;
          previous = { level: 1, bullet: false };
          bulletLevels.clear();
          break;
        }
        const expectedParent = pathText(code.parts.slice(0, -1));
        while (stack.length > 0 && (stack.at(-1)?.level ?? 0) >= level) stack.pop();
        const parentCode = stack.at(-1)?.row.code ?? (agencyMode ? agency?.row?.code : undefined);
        const actualParent = parentCode?.kind === "path" ? pathText(parentCode.parts) : agencyMode ? "" : expectedParent;
        if (actualParent !== expectedParent) {
          findings.push({ ...where(draft), code: "BC303", actual: code.text, expected: `${actualParent}.${code.parts.at(-1) ?? ""}` });
        }
        lastPathLevel = level;
        place(draft, level);
        break;
      }
      case "paren":
      case "letter": {
        const parentKey = stack.find((entry) => entry.level === lastPathLevel)?.row.code.text ?? "";
        const key = `${section ?? ""}|${agency?.name ?? ""}|${parentKey}|${code.text}`;
        if (seen.has(key)) findings.push({ ...where(draft), code: "BC301", actual: code.text });
        seen.add(key);
        place(draft, lastPathLevel + 1);
        break;
      }
      case "bullet":
        place(draft, bulletLevels.get(code.text) ?? previous.level + 1);
        break;
      case "malformed":
        // Text in the code column of a row without figures is a note ("Ghi chú: …"), not a row.
        if (!hasFigures(draft)) break;
        // `TỔNG SỐ` written across the code and name columns, or `A | Tổng cộng`: the stated total, never an item.
        if (isTotal(draft)) {
          total(draft);
          break;
        }
        findings.push({ ...where(draft), code: "BC302", actual: code.text });
        place(draft, lastPathLevel);
        break;
    }
  }
  return { agencies: agencies.map((a) => ({ ...a })), statedTotal, laterTotals };
}

/** Whether a row with a code the tool cannot read is the total: its name, or its code column, says so. */
function isTotal(draft: RowDraft): boolean {
  return TOTAL_ONLY.test(foldText(draft.name)) || TOTAL_CODE.test(foldText(draft.code.text));
}
