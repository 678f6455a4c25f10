import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import type { DiagnosticCode } from "../src/data/diagnostic-codes.js";
import { ruleFor } from "../src/validate/registry.js";
import { faultyFixtures } from "./fixtures/faulty-forms.js";

/**
 * Writes `fixtures/faulty/`: one small workbook per rule a file can show, named `BC212-parent-not-sum.xlsx`
 * after the rule, and `expected.json`, the findings a check over the folder must report for each.
 * A workbook already there that holds the same parts is left as it is (see {@link sameParts}).
 */
async function main(): Promise<void> {
  const folder = join(process.argv[2] ?? "fixtures", "faulty");
  mkdirSync(folder, { recursive: true });
  const expected: Record<string, unknown> = {};
  const nameOf = (code: DiagnosticCode) => `${code}-${ruleFor(code).name}.xlsx`;
  for (const fixture of faultyFixtures()) {
    const name = nameOf(fixture.code);
    const path = join(folder, name);
    // A copy is of the file as written, not rebuilt: its bytes are the other fixture's by definition.
    const bytes = "copyOf" in fixture ? readFileSync(join(folder, nameOf(fixture.copyOf))) : await fixture.bytes();
    if (!existsSync(path) || !sameParts(readFileSync(path), bytes)) writeFileSync(path, bytes);
    expected[name] = { ...(fixture.with ? { with: fixture.with } : {}), findings: fixture.expect };
  }
  for (const old of readdirSync(folder)) if (old.endsWith(".xlsx") && !(old in expected)) rmSync(join(folder, old));
  writeFileSync(join(folder, "expected.json"), `${JSON.stringify(expected, null, 2)}\n`);
}

const LOCAL_HEADER = 0x04034b50;
const DEFLATED = 8;
const CORE = "docProps/core.xml";
const MODIFIED = /<dcterms:modified[^>]*>[^<]*<\/dcterms:modified>/;

/**
 * Whether two ZIP files hold the same parts, as far as their bytes go (the truncated BC101 fixture
 * too). The fixtures are dated 1 July 2025 and so rebuild to the same bytes, but a writer that stamps
 * entries and the document's modified date with the time of writing would not: the entries' times and
 * that date are left out, and the central directory, which only repeats the local headers and their
 * offsets, is not read.
 */
function sameParts(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.compare(withoutTimes(a), withoutTimes(b)) === 0;
}

function withoutTimes(bytes: Uint8Array): Buffer {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: Buffer[] = [];
  let at = 0;
  while (at + 30 <= bytes.length && view.getUint32(at, true) === LOCAL_HEADER) {
    const nameEnd = at + 30 + view.getUint16(at + 26, true);
    const dataStart = nameEnd + view.getUint16(at + 28, true);
    const dataEnd = Math.min(dataStart + view.getUint32(at + 18, true), bytes.length);
    const name = Buffer.from(bytes.subarray(at + 30, nameEnd));
    const data = Buffer.from(bytes.subarray(dataStart, dataEnd));
    const whole = dataEnd - dataStart === view.getUint32(at + 18, true);
    if (name.toString("utf8") === CORE && whole) {
      const xml = view.getUint16(at + 8, true) === DEFLATED ? inflateRawSync(data) : data;
      parts.push(name, Buffer.from(xml.toString("utf8").replace(MODIFIED, "")));
    } else {
      const header = Buffer.from(bytes.subarray(at, Math.min(dataStart, bytes.length)));
      header.fill(0, 10, 14);
      parts.push(header, data);
    }
    at = dataEnd;
  }
  return Buffer.concat(parts);
}

await main();
