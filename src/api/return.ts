import { basename, extname } from "node:path";
import type { Diagnostic } from "../data/diagnostic.js";
import { readWorkbookPackage } from "../read/package-entries.js";
import { readGrid } from "../read/read-file.js";
import type { Lang } from "../write/diagnostic-message.js";
import { COVER_LIST_FILE } from "../write/return/cover-list.js";
import { mainFindings, type ReturnedForm, returnedFindings } from "../write/return/return-content.js";
import { type ReturnSource, returnedCopy, validNote } from "../write/return/returned-copy.js";
import { returnedFileName } from "../write/return/returned-file-name.js";
import type { ReadOptions } from "./read-options.js";
import { type StatusResult, status } from "./status.js";

/** Options of `returnPackets`: how to read, the language of the copies, whether valid forms get a note. */
export interface ReturnOptions extends ReadOptions {
  readonly lang?: Lang | undefined;
  /** Also a short "valid" note for each agency whose form has no findings. */
  readonly all?: boolean | undefined;
  /** Every comment open beside its cell (`--show-comments`), rather than shown on hover. */
  readonly showComments?: boolean | undefined;
  /** The time stamped on every entry of the copies (the same inputs give the same bytes). */
  readonly date?: Date | undefined;
}

/** One file going back to its agency (or agencies, when one file holds several). */
export interface ReturnPacket {
  readonly agencies: readonly string[];
  /** The file received, as given. */
  readonly file: string;
  /** The returned copy's file name (no folder). */
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly errors: number;
  readonly warnings: number;
  /** The three most important findings in words: errors first, one line per code (`mainFindings`). */
  readonly top: readonly string[];
  /** The original's format when the copy is a new .xlsx built from what was read (`.xls`, `.ods`, `.csv`). */
  readonly convertedFrom: string | undefined;
}

/** The run, its roster, and the packets to write. */
export interface ReturnResult extends StatusResult {
  readonly packets: readonly ReturnPacket[];
}

/**
 * The return packet (`budget return`): reads the inputs as `status` does; for every agency whose
 * current file (the roster's: its newest) has errors or warnings, a copy of that file with each
 * finding on its cell and the results sheet first; with `all`, a note for each agency without
 * findings. A file holding several agencies goes back once, under its own name. Files are read
 * again, through `read/`, only to copy them. Never throws on bad input: a file that cannot be read
 * again gets no packet.
 */
export async function returnPackets(inputs: readonly string[], options: ReturnOptions = {}): Promise<ReturnResult> {
  const lang = options.lang ?? "vi";
  const date = options.date ?? new Date(Date.UTC(2000, 0, 1));
  const result = await status(inputs, options);
  const agenciesOf = new Map<string, string[]>();
  for (const section of result.roster.sections) {
    for (const line of section.lines) {
      if (line.current === undefined) continue;
      const list = agenciesOf.get(line.current.file) ?? [];
      list.push(line.agency);
      agenciesOf.set(line.current.file, list);
    }
  }
  const packets: ReturnPacket[] = [];
  // The cover list's name is kept for it: a file several agencies share, called `danh-sach.xlsx`, becomes `danh-sach (2).xlsx`.
  const names = new Set<string>([COVER_LIST_FILE]);
  for (const [file, agencies] of agenciesOf) {
    const diagnostics = returnedFindings(result.diagnostics, file);
    if (diagnostics.length === 0 && options.all !== true) continue;
    const packet = await packetOf(file, agencies, diagnostics, { lang, date, shown: options.showComments === true }, names);
    if (packet) {
      names.add(packet.name);
      packets.push(packet);
    }
  }
  return { ...result, packets };
}

async function packetOf(
  file: string,
  agencies: readonly string[],
  diagnostics: readonly Diagnostic[],
  how: { readonly lang: Lang; readonly date: Date; readonly shown: boolean },
  names: ReadonlySet<string>,
): Promise<ReturnPacket | undefined> {
  const { lang, date } = how;
  // One agency's file is named after it; a file several agencies share keeps its own name.
  const stem = agencies.length === 1 ? (agencies[0] ?? file) : basename(file, extname(file));
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const counts = { errors, warnings: diagnostics.length - errors, top: mainFindings(diagnostics, lang) };
  if (diagnostics.length === 0) {
    const form: ReturnedForm = { file, agencies, diagnostics };
    const name = returnedFileName(stem, ".xlsx", names);
    return { agencies, file, name, bytes: await validNote(form, lang, date), ...counts, convertedFrom: undefined };
  }
  const source = await sourceOf(file);
  if (source === undefined) return undefined;
  const convertedFrom = source.kind === "grid" ? formatName(file) : undefined;
  const form: ReturnedForm = { file, agencies, diagnostics, convertedFrom };
  const copy = await returnedCopy(form, source, lang, date, { shown: how.shown });
  const name = returnedFileName(stem, copy.extension, names);
  return { agencies, file, name, bytes: copy.bytes, ...counts, convertedFrom };
}

async function sourceOf(file: string): Promise<ReturnSource | undefined> {
  const pkg = await readWorkbookPackage(file);
  if (pkg.kind === "excel") return { kind: "excel", parts: pkg.parts };
  if (pkg.kind === "unreadable") return undefined;
  const read = await readGrid(file);
  return read.ok ? { kind: "grid", grid: read.grid } : undefined;
}

/** The format a file was received in, by its extension (`.xls`), for the note on a converted copy. */
function formatName(file: string): string {
  const ext = extname(file).toLowerCase();
  return ext === "" ? "?" : ext;
}
