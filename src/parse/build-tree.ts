import type { AgencyBlock, BudgetRow, RowCode } from "../data/budget-row.js";
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
  /**
   * The sheet is one agency's plan (`fallbackAgency`'s): rows coded `1`, `2` are its items, never
   * agencies, and section rows (`I`, `II`) are its task areas, items that head the rows under them.
   */
  readonly singleAgency?: boolean;
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

// English (`Total`, `Grand total`) only as the whole name: `Total quality management` is a task.
const TOTAL_NAME = /^(tong cong|tong so|tong|cong)\b|^(grand total|total)$/;
/** The code column's text with its spaces gone (`TỔNG SỐ` → `tongso`), when it names the total. */
const TOTAL_CODE = /^(tongcong|tongso|tong|cong|grandtotal|total):?$/;
/** A name that is the total word and nothing else (`Công an tỉnh` is an agency, not `Cộng`). */
const TOTAL_ONLY = /^(tong cong|tong so|tong|cong|grand total|total)$/;
const REFERENCE = /^(.*?)\s*\(([^()]*\d[^()]*)\)\s*$/;

/**
 * Builds the section → agency → item → sub-item tree from the rows in sheet order. Codes decide the
 * level (`1` agency, `1.1` item, `1.1.1` or `(1)` sub-item; in a form without agency rows, `1` is an
 * item); a code that contradicts its position (`4,5` under agency 5) is placed by position with a
 * BC303 warning. Also reports malformed (BC302) and duplicate (BC301) codes. Parts `A`, `B` stand above
 * the Roman sections (a section under part `A` is `A.I`); in a sheet that numbers rows before its first
 * Roman numeral, a Roman row followed by sub-numbers (`1 › I › 1.1`) is a level under the numbered row.
 */
export function buildTree(drafts: readonly RowDraft[], context: TreeContext, findings: Finding[]): Tree {
  const single = context.singleAgency === true;
  const agencyMode =
    !single && (context.agencyRows === true || drafts.some((d) => d.code.kind === "section" || (d.code.kind === "path" && d.code.parts.length >= 2)));
  const blocks = withSubRows(drafts, agencyMode);
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
  // The part (`A`, `B`) the rows are in, above the Roman sections.
  let part: string | undefined;
  // Roman numerals are sections unless the sheet numbers rows before its first one: then a Roman row
  // followed by sub-numbers (`1 › I › 1.1`) is a level under the numbered row (a section `II` followed by
  // agency `2` stays a section).
  const romanAfterPaths = firstIndex(blocks.drafts, "path") < firstIndex(blocks.drafts, "section");
  // The level of the nested Roman row the rows are under (`1 › I`): numbered rows below it sit one level deeper.
  let romanAt: number | undefined;
  let agency: OpenAgency | undefined;
  let stack: StackEntry[] = [];
  let lastPathLevel = 1;
  // `sibling`: a row after it at the same depth is its sibling (a bullet, a row without a code).
  let previous: { level: number; sibling: boolean } = { level: 1, sibling: false };
  // The level of the last row placed with a code: its sub-rows without one sit one below it.
  let codedLevel = 1;
  // The last row read that "of which" rows could detail (an item, an agency row, the stated total), and
  // the row the current "of which" rows detail, from their label (`Trong đó:`) to the next numbered row.
  let above: BudgetRow | undefined;
  let ofWhichOf: BudgetRow | undefined;
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
      // A single agency's sections are its task areas, not the appendix's sections.
      agency = { name: context.fallbackAgency, reference: "", section: single ? undefined : section, row: undefined, items: [] };
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
    above = row;
    previous = { level, sibling: draft.code.kind === "bullet" || draft.code.kind === "none" };
    if (draft.code.kind !== "none") codedLevel = level;
    if (draft.code.kind === "bullet") bulletLevels.set(draft.code.text, level);
    else bulletLevels.clear();
  };

  for (let index = 0; index < blocks.drafts.length; index++) {
    const draft = blocks.drafts[index];
    if (draft === undefined) continue;
    const code = draft.code;
    const label = ofWhichLabel(draft);
    if (label !== undefined && above !== undefined) {
      ofWhichOf = above;
      if (hasFigures(draft)) ofWhichOf.children.push(withRole(draft, "of-which"));
      continue;
    }
    if (ofWhichOf !== undefined && (code.kind === "bullet" || (code.kind === "none" && !blocks.subRows.has(draft) && !TOTAL_NAME.test(foldText(draft.name))))) {
      if (hasFigures(draft)) ofWhichOf.children.push(withRole(draft, "of-which"));
      continue;
    }
    ofWhichOf = undefined;
    switch (code.kind) {
      case "none":
        if (blocks.subRows.has(draft)) {
          place(draft, codedLevel + 1);
        } else if (TOTAL_NAME.test(foldText(draft.name))) {
          total(draft);
          above = statedTotal;
        } else if (hasFigures(draft)) {
          findings.push({ ...where(draft), code: "BC302", actual: "" });
          place(draft, previous.level + (previous.sibling ? 0 : 1));
        }
        break;
      case "part":
        // `A | Tổng cộng`: the stated total, never a part.
        if (isTotal(draft)) {
          total(draft);
          break;
        }
        part = code.letter;
        section = part;
        romanAt = undefined;
        agency = undefined;
        stack = [];
        above = undefined;
        break;
      case "section":
        // `C` after part `B` is part C, not the numeral 100.
        if (part === "B" && code.number === 100) {
          part = "C";
          section = part;
        } else if (single) {
          // A task area of the one agency: an item at the top, its numbered rows (level 2) under it.
          section = toRoman(code.number);
          stack = [];
          lastPathLevel = 1;
          place(draft, 1);
          break;
        } else if (romanAfterPaths && nextPathDepth(blocks.drafts, index) >= 2) {
          const level = romanAt ?? lastPathLevel + 1;
          place(draft, level);
          romanAt = level;
          lastPathLevel = level;
          break;
        } else section = part === undefined ? toRoman(code.number) : `${part}.${toRoman(code.number)}`;
        agency = undefined;
        stack = [];
        above = undefined;
        break;
      case "path": {
        let level = code.parts.length + (agencyMode ? 0 : 1);
        if (romanAt !== undefined && level >= romanAt) level++;
        else romanAt = undefined;
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
          above = row;
          lastPathLevel = 1;
          codedLevel = 1;
          previous = { level: 1, sibling: false };
          bulletLevels.clear();
          break;
        }
        const expectedParent = pathText(code.parts.slice(0, -1));
        while (stack.length > 0 && (stack.at(-1)?.level ?? 0) >= level) stack.pop();
        const parentCode = numberedParent(stack) ?? (agencyMode ? agency?.row?.code : undefined);
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

/** An agency row's name without the cover-letter reference written after it (`Văn phòng Tỉnh ủy (2896-CV/VPTU …)`). */
export function withoutReference(name: string): string {
  return REFERENCE.exec(name)?.[1] ?? name;
}

/** The code of the nearest numbered row of the stack, past nested Roman rows (`1.1` under `1 › I` is 1's). */
function numberedParent(stack: readonly StackEntry[]): RowCode | undefined {
  for (let i = stack.length - 1; i >= 0; i--) {
    const code = stack[i]?.row.code;
    if (code !== undefined && code.kind !== "section") return code;
  }
  return undefined;
}

/** The number of parts of the next numbered row after `index` (`1.1` → 2), or 0 when none follows. */
function nextPathDepth(drafts: readonly RowDraft[], index: number): number {
  for (let i = index + 1; i < drafts.length; i++) {
    const code = drafts[i]?.code;
    if (code?.kind === "path") return code.parts.length;
    if (code?.kind === "section" || code?.kind === "part") return 0;
  }
  return 0;
}

/** The index of the first draft whose code is of `kind`, or Infinity when none is. */
function firstIndex(drafts: readonly RowDraft[], kind: "path" | "section"): number {
  const index = drafts.findIndex((draft) => draft.code.kind === kind);
  return index < 0 ? Number.POSITIVE_INFINITY : index;
}

/** Whether a row with a code the tool cannot read is the total: its name, or its code column, says so. */
function isTotal(draft: RowDraft): boolean {
  return TOTAL_ONLY.test(foldText(draft.name)) || TOTAL_CODE.test(foldText(draft.code.text));
}

/** The drafts with each item's sub-rows made explicit, and which drafts are such sub-rows. */
interface Blocks {
  readonly drafts: readonly RowDraft[];
  readonly subRows: ReadonlySet<RowDraft>;
}

/**
 * Finds the items whose sub-rows have neither a code nor a name of their own: the item's TT and name
 * merged down over them (seed 003's item 7), or left blank where the merge was lost. Such rows are the
 * item's sub-rows, siblings of each other, named by their objective (where those tables name them).
 * When the item's own row carries figures too, that row is its first sub-row printed on the item's line:
 * it becomes a heading without figures and a sub-row with them, so the item is the sum of all of them.
 */
function withSubRows(drafts: readonly RowDraft[], agencyMode: boolean): Blocks {
  const subRows = new Set<RowDraft>();
  // Most forms have no such rows: they are read as they are, without a copy.
  if (!drafts.some((draft) => isUnnamed(draft) && hasFigures(draft))) return { drafts, subRows };
  const out: RowDraft[] = [];
  // A sub-row without a lead unit of its own is the item's: the item's cell is merged down over it too.
  const subRow = (draft: RowDraft, leadUnit: string): RowDraft => {
    const row: RowDraft = { ...draft, code: NO_CODE, name: draft.objective, leadUnit: draft.leadUnit || leadUnit };
    subRows.add(row);
    return row;
  };
  for (let i = 0; i < drafts.length; i++) {
    const head = drafts[i];
    if (!head) continue;
    let end = i + 1;
    // Only an item can head sub-rows; scanning from every row would be quadratic on a run of unnamed rows.
    if (canHead(head, agencyMode)) while (end < drafts.length && isUnnamed(drafts[end])) end++;
    const block = drafts.slice(i + 1, end);
    if (!block.some(hasFigures)) {
      out.push(head);
      continue;
    }
    if (hasFigures(head)) {
      out.push({ ...head, amount: null, recurrentTotal: null, publicInvestment: null, periods: new Map(), objective: "", period: "", periodCell: undefined });
      out.push(subRow({ ...head, groups: new Map() }, head.leadUnit));
    } else out.push(head);
    for (const row of block) out.push(hasFigures(row) ? subRow(row, head.leadUnit) : row);
    i = end - 1;
  }
  return { drafts: out, subRows };
}

const NO_CODE = { kind: "none", text: "" } as const;

/** A row with neither a code nor a name: a continuation of the row above. */
function isUnnamed(draft: RowDraft | undefined): draft is RowDraft {
  return draft !== undefined && draft.code.kind === "none" && draft.name === "";
}

/** Whether a row is an item that can head sub-rows: a coded row that is not a section or an agency. */
function canHead(draft: RowDraft, agencyMode: boolean): boolean {
  const code = draft.code;
  if (code.kind === "path") return !(agencyMode && code.parts.length === 1);
  return code.kind === "paren" || code.kind === "letter" || code.kind === "bullet";
}

/** The words that introduce "of which" rows, folded: `Trong đó`, `Bao gồm`, `Gồm`. */
const OF_WHICH = /^(trong do|bao gom|gom)(?: (.*))?$/;
const OF_WHICH_FIRST = /^\s*[tbgTBG]/;
/** The label words followed by `:` or `,` in the text as written (`Trong đó: NSTW`). */
const OF_WHICH_INLINE = /^\s*\S+(?:\s+\S+)?\s*[:,]/;

/**
 * Whether a row introduces "of which" rows: `Trong đó:`, `Bao gồm:`, `Gồm:` alone (a label), or followed
 * by what the row details (`Trong đó: vốn NSTW`, with its figures), in the name or in the code column. A
 * numbered row (`1.2`, `(1)`, `a)`) is never one.
 */
function ofWhichLabel(draft: RowDraft): "label" | "inline" | undefined {
  const kind = draft.code.kind;
  if (kind !== "none" && kind !== "malformed" && kind !== "bullet") return undefined;
  const text = draft.name !== "" ? draft.name : draft.code.text;
  // Every label starts with t, b or g: other rows are not folded at all.
  if (!OF_WHICH_FIRST.test(text)) return undefined;
  const match = OF_WHICH.exec(foldText(text));
  if (!match) return undefined;
  if (match[2] === undefined) return "label";
  return OF_WHICH_INLINE.test(text) ? "inline" : undefined;
}
