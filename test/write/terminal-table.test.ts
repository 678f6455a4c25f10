import { stripVTControlCharacters } from "node:util";
import { Chalk } from "chalk";
import { describe, expect, it, vi } from "vitest";
import type { Pivot, PivotNode } from "../../src/aggregate/pivot.js";
import type { RollupDimension } from "../../src/aggregate/rollup.js";
import { Money } from "../../src/data/money.js";
import { pivotAsTable } from "../../src/write/pivot-as-table.js";
import { rollupAsTable } from "../../src/write/rollup-as-table.js";
import { CHUNK_ROWS, displayWidth, terminalTable } from "../../src/write/terminal-table.js";

/** The number of rows of each table cli-table3 drew, in order. */
const drawn = vi.hoisted(() => ({ rows: [] as number[] }));

vi.mock("cli-table3", async (importOriginal) => {
  const { default: Table } = await importOriginal<{ default: typeof import("cli-table3") }>();
  class CountingTable extends Table {
    override toString(): string {
      drawn.rows.push(this.length);
      return super.toString();
    }
  }
  return { default: CountingTable };
});

const GREY = "\u001b[90m";
const RED = "\u001b[31m";
const OFF = "\u001b[39m";
const bold = new Chalk({ level: 1 }).bold;

describe("displayWidth", () => {
  it("counts code points: Vietnamese in NFC or NFD alike, bars one cell each, colours nothing", () => {
    expect(displayWidth("Sở Tư pháp")).toBe(10);
    expect(displayWidth("Sở Tư pháp".normalize("NFD"))).toBe(10);
    expect(displayWidth("TỔNG CỘNG")).toBe(9);
    expect(displayWidth("█████████▏░░")).toBe(12);
    expect(displayWidth(bold("TỔNG CỘNG"))).toBe(9);
    expect(displayWidth("\u{1d400}x")).toBe(2);
    expect(displayWidth("")).toBe(0);
  });
});

describe("terminalTable", () => {
  it("draws Vietnamese labels and right-aligned amounts with a rule between rows", () => {
    const text = terminalTable(
      {
        head: ["TT", "Cơ quan, đơn vị", "Tổng", "2025"],
        rows: [
          ["1", "Sở Tư pháp", "1.000", "-"],
          ["2", "Sở Khoa học và Công nghệ", "28.000", "16.000"],
          ["", "TỔNG CỘNG", "29.000", "16.000"],
        ],
        align: ["left", "left", "right", "right"],
        rowRules: true,
      },
      { color: false },
    );
    expect(text).toBe(
      [
        "┌────┬──────────────────────────┬────────┬────────┐",
        "│ TT │ Cơ quan, đơn vị          │   Tổng │   2025 │",
        "├────┼──────────────────────────┼────────┼────────┤",
        "│ 1  │ Sở Tư pháp               │  1.000 │      - │",
        "├────┼──────────────────────────┼────────┼────────┤",
        "│ 2  │ Sở Khoa học và Công nghệ │ 28.000 │ 16.000 │",
        "├────┼──────────────────────────┼────────┼────────┤",
        "│    │ TỔNG CỘNG                │ 29.000 │ 16.000 │",
        "└────┴──────────────────────────┴────────┴────────┘",
      ].join("\n"),
    );
  });

  it("without rules draws the frame only; an NFD label pads as its NFC form, a cell may span lines", () => {
    const text = terminalTable(
      {
        head: ["Cơ quan, đơn vị", "Kinh phí"],
        rows: [
          ["Sở Tư pháp".normalize("NFD"), "1.000"],
          ["Chi cục\nKiểm lâm", "1.090"],
        ],
        align: ["left", "right"],
        rowRules: false,
      },
      { color: false },
    );
    expect(text.normalize("NFC")).toBe(
      [
        "┌─────────────────┬──────────┐",
        "│ Cơ quan, đơn vị │ Kinh phí │",
        "│ Sở Tư pháp      │    1.000 │",
        "│ Chi cục         │    1.090 │",
        "│ Kiểm lâm        │          │",
        "└─────────────────┴──────────┘",
      ].join("\n"),
    );
  });

  it("paints headings red and borders grey when asked, padding by the uncoloured width", () => {
    const text = terminalTable({ head: ["A", "Số"], rows: [[bold("x"), "1"]], align: ["left", "right"], rowRules: false }, { color: true });
    expect(text).toBe(
      [
        `${GREY}┌───${OFF}${GREY}┬────┐${OFF}`,
        `${GREY}│${OFF}${RED} A ${OFF}${GREY}│${OFF}${RED} Số ${OFF}${GREY}│${OFF}`,
        `${GREY}│${OFF} \u001b[1mx\u001b[22m ${GREY}│${OFF}  1 ${GREY}│${OFF}`,
        `${GREY}└───${OFF}${GREY}┴────┘${OFF}`,
      ].join("\n"),
    );
  });

  it("draws a long table in chunks joined as one: the same text as cli-table3 drawing it whole, with and without rules", async () => {
    const { default: Table } = await vi.importActual<{ default: typeof import("cli-table3") }>("cli-table3");
    // Two-line cells on both sides of chunk boundaries.
    const rows = Array.from({ length: 3 * CHUNK_ROWS + 3 }, (_, i) => [
      String(i + 1),
      i % CHUNK_ROWS < 2 ? `Đơn vị\nsố ${i + 1}` : `Đơn vị số ${i + 1}`,
      `${i + 1}.000`,
    ]);
    const head = ["TT", "Cơ quan, đơn vị", "Kinh phí"];
    for (const rowRules of [true, false]) {
      const whole = new Table({ colWidths: [4, 17, 10], colAligns: ["left", "left", "right"], style: { head: [], border: [], compact: !rowRules } });
      whole.push(head, ...rows);
      expect(terminalTable({ head, rows, align: ["left", "left", "right"], rowRules }, { color: false })).toBe(whole.toString());
      expect(stripVTControlCharacters(terminalTable({ head, rows, align: ["left", "left", "right"], rowRules }, { color: true }))).toBe(whole.toString());
    }
  });

  it("draws 5,000 rows, sized by the widest cell, cli-table3 never laying out more than a chunk at once", () => {
    drawn.rows = [];
    const rows = Array.from({ length: 5000 }, (_, i) => [String(i + 1), `Đơn vị số ${i + 1}`, `${i + 1}.000`]);
    const lines = terminalTable(
      { head: ["TT", "Cơ quan, đơn vị", "Kinh phí"], rows, align: ["left", "left", "right"], rowRules: true },
      { color: false },
    ).split("\n");
    expect(lines.length).toBe(2 + 2 * 5000 + 1);
    expect(lines.slice(0, 5)).toEqual([
      "┌──────┬─────────────────┬──────────┐",
      "│ TT   │ Cơ quan, đơn vị │ Kinh phí │",
      "├──────┼─────────────────┼──────────┤",
      "│ 1    │ Đơn vị số 1     │    1.000 │",
      "├──────┼─────────────────┼──────────┤",
    ]);
    expect(lines.slice(-2)).toEqual(["│ 5000 │ Đơn vị số 5000  │ 5000.000 │", "└──────┴─────────────────┴──────────┘"]);
    // Its layout is quadratic in the rows of one table: a chunk and the row before it, at most.
    expect(Math.max(...drawn.rows)).toBeLessThanOrEqual(CHUNK_ROWS + 1);
    expect(drawn.rows.reduce((sum, n) => sum + n, 0)).toBeLessThan(5001 + 5000 / CHUNK_ROWS + 1);
  });
});

function leaf<D extends string>(dimension: D, label: string, amount: number, byColumn: ReadonlyMap<string, Money> = new Map()): PivotNode<D> {
  return { dimension, key: label, label, total: new Money(amount), byColumn, children: [] };
}

describe("tables of pivots and rollups", () => {
  const pivot: Pivot = {
    by: ["agency"],
    across: undefined,
    columns: [],
    total: new Money(80000),
    byColumn: new Map(),
    nodes: [leaf("agency", "Văn phòng Tỉnh ủy", 79000), leaf("agency", "Sở Tư pháp", 1000)],
  };

  it("pads the bars of a pivot by their cells", () => {
    expect(pivotAsTable(pivot, { color: false })).toBe(
      [
        "┌───────────────────┬──────────┬────────┬──────────────────┐",
        "│ Cơ quan, đơn vị   │ Kinh phí │  Tỷ lệ │                  │",
        "│ Văn phòng Tỉnh ủy │   79.000 │  98,8% │ ████████████████ │",
        "│ Sở Tư pháp        │    1.000 │   1,3% │ ▎                │",
        "│ TỔNG CỘNG         │   80.000 │ 100,0% │                  │",
        "└───────────────────┴──────────┴────────┴──────────────────┘",
        "(đơn vị: triệu đồng)",
        "",
      ].join("\n"),
    );
  });

  it("in colour shows the same text: bold totals hold their own label only", () => {
    const years = (a: number, b: number) =>
      new Map([
        ["2025", new Money(a)],
        ["2026", new Money(b)],
      ]);
    const rollup: Pivot<RollupDimension> = {
      by: ["agency"],
      across: undefined,
      columns: [
        { key: "2025", label: "2025" },
        { key: "2026", label: "2026" },
      ],
      total: new Money(80000),
      byColumn: years(39000, 41000),
      nodes: [leaf("agency", "Văn phòng Tỉnh ủy", 79000, years(39000, 40000)), leaf("agency", "Sở Tư pháp", 1000, years(0, 1000))],
    };
    const coloured = pivotAsTable(pivot, { color: true, bold });
    expect(coloured).toContain(`${GREY}│${OFF} ${bold("TỔNG CỘNG")}         ${GREY}│${OFF}   ${bold("80.000")} `);
    expect(stripVTControlCharacters(coloured)).toBe(pivotAsTable(pivot, { color: false }));
    expect(stripVTControlCharacters(rollupAsTable(rollup, { color: true, bold }))).toBe(rollupAsTable(rollup, { color: false }));
  });
});
