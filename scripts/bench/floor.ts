import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as XLSX from "xlsx";

/**
 * The floor of the benchmark (issue 7): the least a tool must do with the corpus. Reads every
 * workbook of a folder, one after the other on one thread, with SheetJS's fastest read options
 * (`dense`, no HTML, no formatted text), and sums one column (E, the total cost) of every sheet.
 * Prints the file count and the sum; the sum is a float and only shows that the cells were read.
 */
function floor(folder: string): { files: number; cells: number; sum: number } {
  let cells = 0;
  let sum = 0;
  const files = readdirSync(folder)
    .filter((name) => /\.xlsx$/i.test(name))
    .sort();
  for (const name of files) {
    const workbook = XLSX.read(readFileSync(join(folder, name)), { type: "buffer", dense: true, cellHTML: false, cellText: false });
    for (const sheetName of workbook.SheetNames) {
      const rows = workbook.Sheets[sheetName]?.["!data"] ?? [];
      for (const row of rows) {
        const cell = row?.[4];
        if (cell?.t === "n" && typeof cell.v === "number") {
          cells++;
          sum += cell.v;
        }
      }
    }
  }
  return { files: files.length, cells, sum };
}

const folder = process.argv[2];
if (folder === undefined) {
  process.stderr.write("usage: node floor.js <folder of .xlsx files>\n");
  process.exitCode = 2;
} else {
  process.stdout.write(`${JSON.stringify(floor(folder))}\n`);
}
