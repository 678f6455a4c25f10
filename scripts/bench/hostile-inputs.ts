import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { performance } from "node:perf_hooks";
import { defaultPlan } from "../../src/plan/load-plan.js";
import { readableInProcess } from "../../src/read/in-process.js";
import { odsCapitalFonts } from "../../src/read/vietnamese/ods-capital-fonts.js";
import { biffCapitalFonts } from "../../src/read/vietnamese/xls-capital-fonts.js";
import { xlsxCapitalFonts } from "../../src/read/vietnamese/xlsx-capital-fonts.js";
import { inspectZip, type ZipEntry } from "../../src/read/zip/zip-guard.js";
import { runFiles } from "../../src/run/run-files.js";
import { type MutatedFile, mutations } from "../hostile-mutations.js";
import {
  beyondLimitsXlsx,
  bigCellXlsx,
  columnMaxXlsx,
  hyperlinkRangeXlsx,
  junkColumnsXlsx,
  manySheetsXlsx,
  repeatedCellOds,
  sharedStringsXlsx,
  spacedCellsXlsx,
  wholeGridDimensionXlsx,
  wideMergeSpreadsheetMl,
  wideSpanHtml,
} from "../hostile-sheets.js";
import { largeHealthyXlsx } from "../hostile-zips.js";
import { REPO_ROOT } from "./paths.js";
import type { HostileTiming } from "./results.js";

/**
 * The time of the hostile inputs the unit tests check for correctness and bounded work only: a
 * wall-clock limit in a unit test flakes on a busy machine, so the limits the tests once asserted are
 * judged here, in this process (each file read in this thread, where no worker bound protects it).
 */
export interface HostileCase {
  readonly name: string;
  /** The most milliseconds one round may take (per file for `perFile` cases). */
  readonly limitMs: number;
  /** Builds the input once, before timing; returns the work to time and how many files it reads. */
  readonly prepare: () => Promise<{ readonly files: number; readonly work: () => Promise<unknown> }>;
  /** The limit is an average per file of the case. */
  readonly perFile?: boolean;
}

const run = (name: string, bytes: () => Uint8Array) => async () => {
  const input = { name, bytes: bytes() };
  return { files: 1, work: () => runFiles([input], defaultPlan(), { workers: 0 }) };
};

const entry = (name: string, text: string): ZipEntry => ({ name, byteName: name, data: new TextEncoder().encode(text) });
const FONT_WORKBOOK = [
  entry("xl/workbook.xml", '<workbook><sheets><sheet name="A" r:id="rId1"/></sheets></workbook>'),
  entry("xl/_rels/workbook.xml.rels", '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
];
const HOSTILE_SHEET = `<row r="1048577"><c r="XFE1" s="0"/></row>${"<c s='0'".repeat(100_000)}<row r="x"><c r="A"/></row>`;

/** The heaviest hostile styles of test/read/capital-fonts.test.ts, each with a hostile sheet. */
function hostileXlsxFonts(): ZipEntry[][] {
  return [
    "<fonts".repeat(200_000),
    `<fonts>${"<font".repeat(200_000)}`,
    `<fonts><font><name val=".VnTimeH"/></font></fonts><cellXfs>${"<xf fontId='0'/>".repeat(100_000)}</cellXfs>`,
  ].map((styles) => [...FONT_WORKBOOK, entry("xl/styles.xml", styles), entry("xl/worksheets/sheet1.xml", HOSTILE_SHEET)]);
}

/** The heaviest hostile ODS of test/read/capital-fonts.test.ts: 200,000 unclosed rows and styles, and a style loop. */
function hostileOdsFonts(): Array<readonly [string, string]> {
  const faces = '<office:font-face-decls><style:font-face style:name="Cap" svg:font-family="&apos;.VnTimeH&apos;"/></office:font-face-decls>';
  const loop =
    '<style:style style:name="L1" style:family="table-cell" style:parent-style-name="L2"/><style:style style:name="L2" style:family="table-cell" style:parent-style-name="L1"/>';
  const content = (automatic: string, tables: string) =>
    `${faces}<office:automatic-styles>${automatic}</office:automatic-styles><office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body>`;
  return [
    [content("", `<table:table>${"<table:table-row".repeat(200_000)}`), "<style:style".repeat(200_000)],
    [content(loop, `<table:table>${"<table:table-cell table:style-name='L1'>".repeat(50_000)}`), ""],
  ];
}

/** 200,000 bytes of seeded garbage after a BIFF8 BOF, and 20,000 nested BOFs. */
function hostileBiffStreams(): Uint8Array[] {
  const bof = [0x09, 0x08, 16, 0, 0x00, 0x06, 0x05, 0x00, ...new Array<number>(12).fill(0)];
  let seed = 1;
  const garbage = Uint8Array.from({ length: 200_000 }, () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) & 0xff);
  garbage.set(bof);
  return [garbage, Uint8Array.from(Array.from({ length: 20_001 }, () => bof).flat())];
}

/** Every file of the form and appendix fixtures mutated 16 ways and of the format corpus 6 ways, as test/robustness/mutation.test.ts does. */
function mutatedFixtures(): MutatedFile[] {
  const files = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? files(join(folder, e.name)) : [join(folder, e.name)]))
      .sort();
  const at = (folder: string) => files(join(REPO_ROOT, folder)).map((file) => relative(REPO_ROOT, file));
  return [
    ...[...at("fixtures/forms"), ...at("fixtures/appendix")].map((file) => [file, 16] as const),
    ...at("fixtures/formats").map((file) => [file, 6] as const),
  ].flatMap(([file, count], i) => mutations(file.replace(/[/\\]/g, "_"), readFileSync(join(REPO_ROOT, file)), count, i + 1));
}

/** The cases, with the limits the unit tests asserted before issue 12. */
export const HOSTILE_CASES: readonly HostileCase[] = [
  {
    name: "inspectZip on a ~5 MB xlsx",
    limitMs: 500,
    prepare: async () => {
      const bytes = largeHealthyXlsx(50_000);
      inspectZip(bytes); // warm up zlib and the JIT
      return { files: 1, work: async () => inspectZip(bytes) };
    },
  },
  {
    name: "capital fonts of hostile xlsx styles and sheets",
    limitMs: 2_000,
    prepare: async () => {
      const books = hostileXlsxFonts();
      return { files: books.length, work: async () => books.map((book) => xlsxCapitalFonts(book)?.(0)?.(0, 0)) };
    },
  },
  {
    name: "capital fonts of hostile ODS",
    limitMs: 2_000,
    prepare: async () => {
      const docs = hostileOdsFonts();
      return { files: docs.length, work: async () => docs.map(([content, styles]) => odsCapitalFonts(content, styles)?.(0)?.(0, 0)) };
    },
  },
  {
    name: "capital fonts of hostile BIFF streams",
    limitMs: 3_000,
    prepare: async () => {
      const streams = hostileBiffStreams();
      return { files: streams.length, work: async () => streams.map((stream) => biffCapitalFonts(stream)?.(0)?.(0, 0)) };
    },
  },
  { name: "a sheet declaring A1:XFD1048576", limitMs: 10_000, prepare: run("whole-grid.xlsx", wholeGridDimensionXlsx) },
  { name: "cells beyond XFD1048576", limitMs: 10_000, prepare: run("beyond.xlsx", beyondLimitsXlsx) },
  { name: "5,000 junk columns", limitMs: 10_000, prepare: run("junk-columns.xlsx", () => junkColumnsXlsx(5_000)) },
  { name: "100,000 shared strings", limitMs: 10_000, prepare: run("shared-strings.xlsx", () => sharedStringsXlsx(100_000)) },
  { name: "a 1 MB cell", limitMs: 10_000, prepare: run("big-cell.xlsx", () => bigCellXlsx(1024 * 1024)) },
  { name: "texts of 16,000 spaces", limitMs: 10_000, prepare: run("spaced-cells.xlsx", () => spacedCellsXlsx(16_000)) },
  { name: "50 sheets", limitMs: 10_000, prepare: run("fifty-sheets.xlsx", () => manySheetsXlsx(50, 37)) },
  { name: "20,000 rows without styles", limitMs: 10_000, prepare: run("no-styles.xlsx", () => largeHealthyXlsx(20_000)) },
  { name: "a hyperlink over A1:XFD1048576", limitMs: 5_000, prepare: run("hyperlink.xlsx", () => hyperlinkRangeXlsx()) },
  { name: "a column definition to column 1,000,000,000", limitMs: 5_000, prepare: run("columns.xlsx", () => columnMaxXlsx()) },
  { name: "an ODS cell repeated 1,000,000 × 1,000 times", limitMs: 5_000, prepare: run("repeated.ods", () => repeatedCellOds()) },
  { name: "an HTML cell with colspan 100,000,000", limitMs: 5_000, prepare: run("span.xls", () => Buffer.from(wideSpanHtml())) },
  { name: "a SpreadsheetML cell merged 100,001 × 100,001", limitMs: 5_000, prepare: run("merge.xls", () => Buffer.from(wideMergeSpreadsheetMl())) },
  {
    name: "mutated fixtures read in this thread, per file",
    limitMs: 200,
    perFile: true,
    prepare: async () => {
      const local: MutatedFile[] = [];
      for (const file of mutatedFixtures()) if (await readableInProcess(file.bytes, 256 * 1024)) local.push(file);
      return { files: local.length, work: () => runFiles(local, defaultPlan(), { workers: 0 }) };
    },
  },
];

/** Times each case `rounds` times in this process and keeps the median. */
export async function benchHostile(rounds: number, progress: (text: string) => void): Promise<HostileTiming[]> {
  const timings: HostileTiming[] = [];
  for (const hostile of HOSTILE_CASES) {
    const { files, work } = await hostile.prepare();
    const samples: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const started = performance.now();
      await work();
      samples.push((performance.now() - started) / (hostile.perFile ? files : 1));
    }
    const ms = median(samples);
    progress(`hostile: ${hostile.name}: ${ms.toFixed(1)} ms${hostile.perFile ? " per file" : ""} (limit ${hostile.limitMs})`);
    timings.push({ name: hostile.name, limitMs: hostile.limitMs, ms, perFile: hostile.perFile ?? false });
  }
  return timings;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
