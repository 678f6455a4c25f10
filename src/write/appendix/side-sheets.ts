import type { Consolidation } from "../../aggregate/consolidate.js";
import type { Diagnostic } from "../../data/diagnostic.js";
import { ZERO } from "../../data/money.js";
import type { Plan } from "../../plan/schema.js";
import { diagnosticMessage, type Lang } from "../diagnostic-message.js";
import { totalsGrid } from "../totals-grid.js";
import type { TableSheet } from "./table-sheet.js";

/** One input file as listed on the `Nguồn` sheet. */
export interface SourceFile {
  readonly file: string;
  readonly sha256: string | undefined;
  readonly agencies: readonly string[];
  readonly sheets: readonly string[];
  readonly rowsRead: number;
  readonly diagnostics: number;
}

/** `Tổng hợp`: each section and agency by total, year and funding-source combination. */
export function summaryTable(consolidation: Consolidation): TableSheet {
  const grid = totalsGrid(consolidation);
  return {
    name: "Tổng hợp",
    columns: [{ heading: "TT", width: 7 }, { heading: "Cơ quan, đơn vị", width: 45 }, ...grid.columns.map((heading) => ({ heading, width: 16 }))],
    rows: grid.lines.map((line) => ({ cells: [line.code, line.label, ...line.values.map((v) => v ?? ZERO)], bold: line.kind !== "agency" })),
  };
}

/**
 * `Nhóm nhiệm vụ`: the money of each task group of the plan (columns, framework first), agency by
 * agency, then in all. An item marked `x` counts its whole amount, a number counts itself; an item may
 * be in several groups, so the groups do not add up to the grand total.
 */
export function groupsTable(consolidation: Consolidation, plan: Plan): TableSheet {
  const groups = plan.taskGroups;
  const agencies = consolidation.sections.flatMap((section) => section.agencies);
  return {
    name: "Nhóm nhiệm vụ",
    columns: [{ heading: "TT", width: 7 }, { heading: "Cơ quan, đơn vị", width: 45 }, ...groups.map((group) => ({ heading: `${group.framework}: ${group.label}`, width: 22 }))],
    rows: [
      ...agencies.map((agency, index) => ({ cells: [String(index + 1), agency.name, ...groups.map((group) => agency.totals.byGroup.get(group.key) ?? ZERO)] })),
      { cells: ["", "TỔNG CỘNG", ...groups.map((group) => consolidation.totals.byGroup.get(group.key) ?? ZERO)], bold: true },
    ],
  };
}

/** `Kiểm tra`: every diagnostic with its code, severity, message and place. */
export function checksTable(diagnostics: readonly Diagnostic[], lang: Lang): TableSheet {
  return {
    name: "Kiểm tra",
    columns: [
      { heading: "Mã", width: 8 },
      { heading: "Mức độ", width: 10 },
      { heading: "Nội dung", width: 70 },
      { heading: "Tệp", width: 40 },
      { heading: "Trang tính", width: 16 },
      { heading: "Ô", width: 8 },
      { heading: "STT", width: 8 },
      { heading: "Tên dòng", width: 40 },
    ],
    rows: diagnostics.map((d) => ({ cells: [d.code, d.severity, diagnosticMessage(d, lang), d.file, d.sheet ?? "", d.cell ?? "", d.rowCode ?? "", d.rowName ?? ""] })),
  };
}

/** `Nguồn`: each input file with its SHA-256, agencies, sheets, rows read and diagnostics. */
export function sourcesTable(sources: readonly SourceFile[]): TableSheet {
  return {
    name: "Nguồn",
    columns: [
      { heading: "Tệp", width: 45 },
      { heading: "SHA-256", width: 66 },
      { heading: "Cơ quan, đơn vị", width: 40 },
      { heading: "Trang tính", width: 20 },
      { heading: "Số dòng đọc", width: 12 },
      { heading: "Số chẩn đoán", width: 12 },
    ],
    rows: sources.map((s) => ({ cells: [s.file, s.sha256 ?? "", s.agencies.join("; "), s.sheets.join("; "), s.rowsRead, s.diagnostics] })),
  };
}
