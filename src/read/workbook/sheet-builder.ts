import type { Finding } from "../../data/diagnostic.js";
import { type Cell, type CellValue, cellAddress, type GridSheet, type MergedRange } from "../../data/grid.js";
import { cleanText, EXCEL_MAX_TEXT } from "../../data/text.js";
import type { CapitalFontCell } from "../vietnamese/capital-fonts.js";
import { compactCells, convertLegacyCells, isLegacyCandidate, type LegacyCandidate, legacyEncodingName } from "../vietnamese/legacy-cells.js";
import { MAX_COLUMNS, MAX_ROWS } from "./sheet-bounds.js";

/** A sheet read into a grid, with what reading it found (legacy text converted). */
export interface BuiltSheet {
  readonly sheet: GridSheet;
  readonly findings: readonly Finding[];
}

/** How many addresses a BC110 finding lists; the count covers the rest. */
const LISTED_CELLS = 12;

/** Cells left out or cut for one reason: how many, and the first few addresses. */
class LimitBreaches {
  count = 0;
  readonly cells: string[] = [];

  note(row: number, col: number): void {
    this.count++;
    if (this.cells.length < LISTED_CELLS) this.cells.push(cellAddress(row, col));
  }

  finding(file: string, sheet: string, reason: string): Finding[] {
    const [first] = this.cells;
    if (first === undefined) return [];
    const more = this.count > this.cells.length ? `, … +${this.count - this.cells.length}` : "";
    return [
      {
        file,
        sheet,
        cell: first,
        row: Number(/\d+$/.exec(first)?.[0] ?? 0),
        code: "BC110",
        args: { reason, count: String(this.count), cells: `${this.cells.join(", ")}${more}` },
      },
    ];
  }
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
  private readonly outsideGrid = new LimitBreaches();
  private readonly cutTexts = new LimitBreaches();

  /**
   * Adds a cell, with its formula and number format when it has them; text is taken exactly as
   * stored in the file. Empty text is no cell. A cell outside Excel's grid is left out and text past
   * Excel's length is cut, both reported (BC110).
   */
  add(row: number, col: number, value: CellValue, formula?: string, format?: string): void {
    if (row >= MAX_ROWS || col >= MAX_COLUMNS) {
      this.outsideGrid.note(row, col);
      return;
    }
    if (value.kind === "text") {
      if (value.value === "") return;
      let text = value.value;
      if (text.length > EXCEL_MAX_TEXT) {
        this.cutTexts.note(row, col);
        text = text.slice(0, EXCEL_MAX_TEXT);
      }
      if (isLegacyCandidate(text)) {
        this.candidates.push({ row, col, text });
        this.candidateExtras.push({ formula, format });
        return;
      }
      const clean = cleanText(text);
      this.put(row, col, clean === value.value ? value : { kind: "text", value: clean }, formula, format);
      return;
    }
    this.put(row, col, value, formula, format);
  }

  /**
   * Converts legacy text (to capitals in the cells `capitalFont` names, set in a TCVN3 capital font),
   * cleans the held-back cells and returns the sheet.
   */
  build(file: string, name: string, merges: readonly MergedRange[], hiddenRows: ReadonlySet<number>, capitalFont?: CapitalFontCell): BuiltSheet {
    const sheetName = cleanText(name);
    const pass = convertLegacyCells(this.candidates, capitalFont);
    this.candidates.forEach((cell, index) => {
      const text = cleanText(pass.texts[index] ?? cell.text);
      const extras = this.candidateExtras[index];
      this.put(cell.row, cell.col, { kind: "text", value: text }, extras?.formula, extras?.format);
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
    findings.push(...this.outsideGrid.finding(file, sheetName, "outside-grid"), ...this.cutTexts.finding(file, sheetName, "text-too-long"));
    return { sheet: { name: sheetName, rows: this.rows, merges, hiddenRows }, findings };
  }

  // One object per cell, no spread of temporaries: a large sheet has a million cells.
  private put(row: number, col: number, value: CellValue, formula: string | undefined, format: string | undefined): void {
    const cells = (this.rows[row] ??= []);
    if (formula) cells[col] = format ? { row, col, value, formula, format } : { row, col, value, formula };
    else cells[col] = format ? { row, col, value, format } : { row, col, value };
  }
}
