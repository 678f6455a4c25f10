import { type AppendixColumnName, DEFAULT_APPENDIX_COLUMNS, LEAD_UNIT_APPENDIX_COLUMNS } from "../../data/appendix-columns.js";
import { periodHeading } from "../../data/period.js";
import type { AppendixLine, Figure } from "./lines.js";

/** How a column's text sits in its cells. */
export type ColumnAlign = "left" | "center" | "right";

/** The text fields of an appendix line that a column can show. */
type TextField = "sources" | "legal" | "leadUnit" | "period" | "objective";

/**
 * One column of the appendix table, as the workbook and the PDF both lay it out: the line's code, its
 * name, its total, one year's figure (`index` into the line's years), its approved figure and the
 * difference (`--approved`), or one of its texts, each with
 * its heading and its width on the sheet (digits) and on the page (points) when fixed.
 */
export type AppendixColumn =
  | { readonly kind: "code"; readonly name: "tt"; readonly heading: string }
  | { readonly kind: "name"; readonly name: "noi-dung"; readonly heading: string }
  | { readonly kind: "total"; readonly name: "tong"; readonly heading: string }
  | { readonly kind: "year"; readonly name: "nam"; readonly heading: string; readonly period: string; readonly index: number }
  | { readonly kind: "approved"; readonly name: "tham-dinh"; readonly heading: string }
  | { readonly kind: "difference"; readonly name: "chenh-lech"; readonly heading: string }
  | {
      readonly kind: "text";
      readonly name: AppendixColumnName;
      readonly heading: string;
      readonly field: TextField;
      readonly align: ColumnAlign;
      readonly sheetWidth: number;
      readonly pageWidth: number;
    };

/** The text columns: heading, field, alignment, width in digits of the sheet's Normal style and in points of the PDF. */
const TEXT_COLUMNS: Readonly<Record<string, Omit<Extract<AppendixColumn, { kind: "text" }>, "kind" | "name">>> = {
  "chu-tri": { heading: "Đơn vị chủ trì", field: "leadUnit", align: "left", sheetWidth: 20, pageWidth: 90 },
  "thoi-gian": { heading: "Thời gian thực hiện", field: "period", align: "center", sheetWidth: 12, pageWidth: 60 },
  nguon: { heading: "Nguồn vốn", field: "sources", align: "center", sheetWidth: 10, pageWidth: 50 },
  "van-ban": { heading: "Văn bản có liên quan", field: "legal", align: "left", sheetWidth: 20, pageWidth: 110 },
  "muc-tieu": { heading: "Mục tiêu", field: "objective", align: "left", sheetWidth: 30, pageWidth: 130 },
};

/**
 * The table's columns for `names` (by default the appendix's usual six, and the lead unit when some
 * line has one, `leadUnits`) and the consolidation's `periods`: `nam` becomes one column per period
 * (`Năm 2025`, `Giai đoạn 2026–2030`). With `approved` (`--approved`), `Số thẩm định` and `Chênh lệch`
 * follow the last figure column (the name, else last, when none shows), and the total is headed
 * `Tổng kinh phí đề xuất`. One model for the `Phụ lục`
 * sheet and the PDF.
 */
export function appendixColumns(
  names: readonly AppendixColumnName[] | undefined,
  periods: readonly string[],
  leadUnits = false,
  approved = false,
): AppendixColumn[] {
  const columns = namedColumns(names ?? (leadUnits ? LEAD_UNIT_APPENDIX_COLUMNS : DEFAULT_APPENDIX_COLUMNS), periods);
  if (!approved) return columns;
  const lastFigure = columns.findLastIndex(isFigureColumn);
  const after = lastFigure >= 0 ? lastFigure : columns.findIndex((column) => column.kind === "name");
  const at = after >= 0 ? after + 1 : columns.length;
  // Beside the approved figure, the total is what is requested.
  return [
    ...columns.slice(0, at).map((column): AppendixColumn => (column.kind === "total" ? { ...column, heading: "Tổng kinh phí đề xuất" } : column)),
    { kind: "approved", name: "tham-dinh", heading: "Số thẩm định" },
    { kind: "difference", name: "chenh-lech", heading: "Chênh lệch" },
    ...columns.slice(at),
  ];
}

/** The columns `names` stand for, `nam` one per period. */
function namedColumns(names: readonly AppendixColumnName[], periods: readonly string[]): AppendixColumn[] {
  return names.flatMap((name): AppendixColumn[] => {
    if (name === "tt") return [{ kind: "code", name, heading: "TT" }];
    if (name === "noi-dung") return [{ kind: "name", name, heading: "Cơ quan, đơn vị / Nội dung" }];
    if (name === "tong") return [{ kind: "total", name, heading: "Tổng kinh phí" }];
    if (name === "nam") return periods.map((period, index) => ({ kind: "year", name, heading: periodHeading(period), period, index }));
    const text = TEXT_COLUMNS[name];
    return text ? [{ kind: "text", name, ...text }] : [];
  });
}

/** The columns that show figures rather than text. */
type FigureColumn = Extract<AppendixColumn, { readonly kind: "total" | "year" | "approved" | "difference" }>;

/** Whether a column shows figures (total, a year, approved, difference) rather than text. */
export function isFigureColumn(column: AppendixColumn): column is FigureColumn {
  return column.kind === "total" || column.kind === "year" || column.kind === "approved" || column.kind === "difference";
}

/**
 * The figure a figure column shows for `line`; undefined for other columns, a year the line lacks,
 * and the approved and difference of an item not approved (yet).
 */
export function columnFigure(column: AppendixColumn, line: AppendixLine): Figure | undefined {
  if (column.kind === "total") return line.total;
  if (column.kind === "year") return line.years[column.index];
  if (column.kind === "approved") return line.approved;
  if (column.kind === "difference") return line.difference;
  return undefined;
}

/** The text a code, name or text column shows for `line`; `""` for the figures' columns. */
export function columnText(column: AppendixColumn, line: AppendixLine): string {
  if (column.kind === "code") return line.code;
  if (column.kind === "name") return line.name;
  if (column.kind === "text") return line[column.field];
  return "";
}

/** The 0-based positions of the year columns: `first` and how many (`count`), for the `Trong đó` heading over them. */
export function yearSpan(columns: readonly AppendixColumn[]): { readonly first: number; readonly count: number } | undefined {
  const first = columns.findIndex((column) => column.kind === "year");
  if (first < 0) return undefined;
  return { first, count: columns.filter((column) => column.kind === "year").length };
}
