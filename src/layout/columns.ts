import type { Period } from "../data/period.js";
import { foldText } from "../data/text.js";
import type { PlanIndex } from "../plan/plan-index.js";
import { periodLeaf } from "./period-label.js";

/** The plan fields a column can hold, besides period and task-group columns. */
export type Field =
  | "code"
  | "name"
  | "objective"
  | "period"
  | "amount"
  | "publicInvestment"
  | "recurrentTotal"
  | "fundingSource"
  | "legalBasis"
  | "leadUnit"
  | "commitment";

/** What one column of the table was recognised as. */
export type ColumnRole =
  | { kind: "field"; field: Field }
  | { kind: "period"; period: Period }
  | { kind: "group"; key: string }
  | { kind: "unknown"; unreadablePeriod?: true };

/** Folded leaf-label patterns per field, most specific first; matched against the column's lowest label. */
const LEAF_PATTERNS: ReadonlyArray<readonly [Field, RegExp]> = [
  ["code", /^(stt|tt|so tt|so thu tu)$/],
  ["publicInvestment", /du an dau tu cong|von dau tu cong/],
  ["fundingSource", /^(nguon von|nguon kinh phi|nguon|cap ngan sach|nguon ngan sach)\b/],
  ["legalBasis", /van ban (co )?lien quan|can cu( phap ly)?/],
  ["leadUnit", /chu tri|don vi thuc hien|co quan thuc hien/],
  // `\btien do\b`: `Thành tiền (đồng)` folds to `thanh tien dong`, which holds `tien do`.
  ["period", /thoi gian thuc hien|giai doan|thoi gian|\btien do\b/],
  ["objective", /muc tieu/],
  ["commitment", /cam ket/],
  ["amount", /tong muc dau tu|tong muc du kien|tong kinh phi|^kinh phi|^du toan|^so tien|^thanh tien|^tong (cong|so)$/],
  // A list of units names them in `Địa phương`, `Đơn vị`, `Cơ quan`, `Tỉnh, thành phố`; not `Đơn vị tính`
  // or `Đơn vị: triệu đồng` (a unit) nor `Đơn vị phối hợp` (who helps).
  [
    "name",
    /ten du an|ten nhiem vu|^noi dung|danh muc|co quan.*don vi|^ten\b|nhiem vu|^(dia phuong|don vi|co quan)(?! (tinh|thuc hien|chu tri|phoi hop|((trieu|nghin|ngan|ty) )?dong\b))|^tinh,? thanh( pho)?$/,
  ],
];

const TOTAL_LEAF = /^(tong so|tong)$/;
const TASK_GROUP_BAND = /phu hop voi chu truong|nhom nhiem vu|dinh huong, chien luoc/;

/**
 * Recognises a column from its header labels, top to bottom (merged cells repeated into every column
 * they span). Returns `unknown` rather than guessing (marked when its label is a period that cannot be read).
 */
export function classifyColumn(labels: readonly string[], index: PlanIndex): ColumnRole {
  const folded = labels.map(foldText).filter((label) => label !== "");
  const leaf = folded.at(-1);
  if (leaf === undefined) return { kind: "unknown" };
  const path = folded.join(" > ");

  const period = periodLeaf(leaf);
  if (period.kind === "period") return { kind: "period", period: period.period };
  if (period.kind === "unreadable") return { kind: "unknown", unreadablePeriod: true };

  const group = matchTaskGroup(folded, index);
  if (group) return { kind: "group", key: group };

  if (TOTAL_LEAF.test(leaf) && folded.length > 1) {
    return { kind: "field", field: /thuong xuyen/.test(path) ? "recurrentTotal" : "amount" };
  }
  const synonym = index.column(leaf);
  if (synonym) return { kind: "field", field: synonym };
  for (const [field, pattern] of LEAF_PATTERNS) {
    if (pattern.test(leaf)) return { kind: "field", field };
  }
  return { kind: "unknown" };
}

function matchTaskGroup(folded: readonly string[], index: PlanIndex): string | undefined {
  const path = folded.join(" > ");
  const inBand = TASK_GROUP_BAND.test(path) || index.frameworks.some((f) => f.synonyms.some((key) => path.includes(key)));
  if (!inBand || folded.length < 2) return undefined;
  const leaf = folded.at(-1) ?? "";
  const candidates = index.taskGroups.filter((group) => group.spellings.some((key) => key === leaf || (key.length > 6 && leaf.includes(key))));
  if (candidates.length <= 1) return candidates[0]?.key;
  // "Khác" exists under several frameworks: the band above the leaf decides which.
  const band = folded.slice(0, -1).join(" ");
  const framework = index.frameworks.find((f) => f.spellings.some((key) => band.includes(key)));
  return candidates.find((group) => group.framework === framework?.key)?.key;
}
