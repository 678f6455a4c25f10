import type { DiffStatus, ItemDiff } from "../aggregate/diff.js";
import type { Money } from "../data/money.js";
import { DIFF_SHEET } from "../data/output-marks.js";
import type { Lang } from "./diagnostic-message.js";
import { formatAmountIn } from "./table-words.js";

/** The words of `budget diff`'s text and workbook, in one language. Names, codes and files are data and stay as written. */
export interface DiffWords {
  readonly title: string;
  readonly heading: (before: string, after: string) => string;
  readonly unit: string;
  readonly statuses: Readonly<Record<DiffStatus, string>>;
  readonly renumbered: string;
  readonly renamed: (oldName: string) => string;
  readonly grandTotal: string;
  readonly agencyEffect: string;
  readonly nothing: string;
  readonly below: (minimum: string) => string;
  readonly summary: (items: number, agencies: number) => string;
  /** The workbook's column headings. */
  readonly columns: {
    readonly oldCode: string;
    readonly newCode: string;
    readonly name: string;
    readonly status: string;
    readonly source: string;
    readonly total: string;
    readonly before: string;
    readonly after: string;
    readonly change: string;
  };
}

export const DIFF_WORDS: Readonly<Record<Lang, DiffWords>> = {
  vi: {
    title: "SO SÁNH HAI LẦN GỬI ĐỀ XUẤT KINH PHÍ",
    heading: (before, after) => `Thay đổi từ ${before} sang ${after}`,
    unit: "(đơn vị: triệu đồng)",
    statuses: { added: "thêm mới", removed: "đã bỏ", changed: "thay đổi", unchanged: "không đổi" },
    renumbered: "đánh số lại",
    renamed: (oldName) => `đổi tên, trước là "${oldName}"`,
    grandTotal: "Tổng cộng",
    agencyEffect: "Tổng của đơn vị",
    nothing: "Không có thay đổi.",
    below: (minimum) => `không kể thay đổi dưới ${minimum}`,
    summary: (items, agencies) => `Có thay đổi: ${items} mục của ${agencies} đơn vị.`,
    columns: {
      oldCode: DIFF_SHEET.vi.heading[0],
      newCode: DIFF_SHEET.vi.heading[1],
      name: DIFF_SHEET.vi.heading[2],
      status: "Thay đổi",
      source: "Nguồn vốn",
      total: "Tổng số",
      before: "Cũ",
      after: "Mới",
      change: "Chênh lệch",
    },
  },
  en: {
    title: "TWO SUBMISSIONS OF BUDGET PROPOSALS COMPARED",
    heading: (before, after) => `Changes from ${before} to ${after}`,
    unit: "(unit: million VND)",
    statuses: { added: "added", removed: "removed", changed: "changed", unchanged: "unchanged" },
    renumbered: "renumbered",
    renamed: (oldName) => `renamed, was "${oldName}"`,
    grandTotal: "Grand total",
    agencyEffect: "Agency total",
    nothing: "Nothing changed.",
    below: (minimum) => `changes under ${minimum} left out`,
    summary: (items, agencies) => `Changed: ${items} ${items === 1 ? "item" : "items"} of ${agencies} ${agencies === 1 ? "agency" : "agencies"}.`,
    columns: {
      oldCode: DIFF_SHEET.en.heading[0],
      newCode: DIFF_SHEET.en.heading[1],
      name: DIFF_SHEET.en.heading[2],
      status: "Change",
      source: "Funding source",
      total: "Total",
      before: "Old",
      after: "New",
      change: "Difference",
    },
  },
};

/** A change with its sign (`+2.000`, `-1.000`, `0`). */
export function signedAmount(value: Money, lang: Lang): string {
  const text = formatAmountIn(value, lang);
  return value.isPositive() && !value.isZero() ? `+${text}` : text;
}

/** What happened to an item, in words: its status, and renumbered or renamed. */
export function itemNotes(item: ItemDiff, lang: Lang): string[] {
  const words = DIFF_WORDS[lang];
  const notes: string[] = [];
  if (item.status === "added" || item.status === "removed") notes.push(words.statuses[item.status]);
  if (item.renumbered) notes.push(words.renumbered);
  if (item.renamed && item.before) notes.push(words.renamed(item.before.name));
  return notes;
}
