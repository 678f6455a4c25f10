import type { Finding } from "../data/diagnostic.js";
import type { Cell, CellValue, GridSheet, MergedRange } from "../data/grid.js";
import { cleanText } from "../data/text.js";
import { compactCells, convertLegacyCells, isLegacyCandidate, legacyEncodingName, type LegacyCandidate } from "./legacy-cells.js";

/** A sheet read into a grid, with what reading it found (legacy text converted). */
export interface BuiltSheet {
  readonly sheet: GridSheet;
  readonly findings: readonly Finding[];
}

interface Extras {
  readonly formula?: string | undefined;
  readonly format?: string | undefined;
}

/**
 * Collects the cells of one sheet, whatever format they come from, and finishes them the same way:
 * text that may be legacy-encoded Vietnamese is held back raw until the whole sheet is known (the
 * verdict is per column), converted before any clean-up (TCVN3 `ư` is U+00AD and `é` is U+00D0),
 * then every text is cleaned to NFC.
 */
export class SheetBuilder {
  private readonly rows: (Cell | undefined)[][] = [];
  private readonly candidates: LegacyCandidate[] = [];
  private readonly candidateExtras: Extras[] = [];

  /** Adds a cell; text is taken exactly as stored in the file. Empty text is no cell. */
  add(row: number, col: number, value: CellValue, extras: Extras = {}): void {
    if (value.kind === "text") {
      if (value.value === "") return;
      if (isLegacyCandidate(value.value)) {
        this.candidates.push({ row, col, text: value.value });
        this.candidateExtras.push(extras);
        return;
      }
      this.put(row, col, { kind: "text", value: cleanText(value.value) }, extras);
      return;
    }
    this.put(row, col, value, extras);
  }

  /** Converts legacy text, cleans the held-back cells and returns the sheet. */
  build(file: string, name: string, merges: readonly MergedRange[], hiddenRows: ReadonlySet<number>): BuiltSheet {
    const sheetName = cleanText(name);
    const pass = convertLegacyCells(this.candidates);
    this.candidates.forEach((cell, index) => {
      const text = cleanText(pass.texts[index] ?? cell.text);
      this.put(cell.row, cell.col, { kind: "text", value: text }, this.candidateExtras[index] ?? {});
    });
    const findings: Finding[] = pass.conversions.map(({ encoding, cells }) => {
      const first = cells[0] ?? "";
      return {
        file,
        sheet: sheetName,
        cell: first,
        row: Number(/\d+$/.exec(first)?.[0] ?? 0),
        code: "BC107",
        args: { count: String(cells.length), encoding: legacyEncodingName(encoding), cells: compactCells(cells) },
      };
    });
    return { sheet: { name: sheetName, rows: this.rows, merges, hiddenRows }, findings };
  }

  private put(row: number, col: number, value: CellValue, extras: Extras): void {
    const cells = (this.rows[row] ??= []);
    cells[col] = {
      row,
      col,
      value,
      ...(extras.formula ? { formula: extras.formula } : {}),
      ...(extras.format ? { format: extras.format } : {}),
    };
  }
}
