import { zipEntryText } from "../zip/entry-text.js";
import type { ZipEntry } from "../zip/zip-guard.js";

/** The content types SheetJS takes for a workbook part (`[Content_Types].xml` overrides). */
const WORKBOOK_CONTENT_TYPES: ReadonlySet<string> = new Set([
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
  "application/vnd.ms-excel.sheet.binary.macroEnabled.main",
  "application/vnd.ms-excel.addin.macroEnabled.main+xml",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
]);

const OVERRIDE = /<(?:\w+:)?Override\b([^<>]*)>/g;
const RELATIONSHIP = /<(?:\w+:)?Relationship\b([^<>]*)>/g;
const SHEET = /<(?:\w+:)?sheet\b([^<>]*)>/g;

/** One relationship of a part: its id, type and target as written. */
export interface PartRelationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

/**
 * The parts of an OOXML package (.xlsx, .xlsm, .xlsb), found the way SheetJS finds them, so that
 * every check runs on the parts SheetJS then reads, whatever they are called: part names compare
 * without case and with `\` as `/` (`xl\workbook.xml` is `xl/workbook.xml`); the workbook is the part
 * `[Content_Types].xml` declares (`wtf/workbook.xml`, `workbook.xml` at the root), else the one
 * `_rels/.rels` names as the office document, else `xl/workbook.xml` or `xl/workbook.bin`.
 */
export class OoxmlPackage {
  /** The entries of each normalised name, in directory order (a hostile file may repeat a name in other case). */
  private readonly parts = new Map<string, ZipEntry[]>();
  /** The workbook part's name, normalised; undefined when the package has none. */
  readonly workbook: string | undefined;
  /** Whether `[Content_Types].xml` declares the workbook part (SheetJS reads no other). */
  readonly workbookDeclared: boolean;
  private sheets: ReadonlyArray<string | undefined> | undefined;
  private workbookRelationshipList: readonly PartRelationship[] | undefined;

  constructor(entries: readonly ZipEntry[]) {
    for (const entry of entries) {
      const key = partKey(entry.name);
      const same = this.parts.get(key);
      if (same === undefined) this.parts.set(key, [entry]);
      else same.push(entry);
    }
    const declared = declaredWorkbooks(this.text("[Content_Types].xml"))[0];
    const linked = relationshipsIn(this.text("_rels/.rels")).find((r) => r.type.endsWith("/officeDocument"))?.target;
    const candidates = [declared, linked === undefined ? undefined : partKey(linked), "xl/workbook.xml", "xl/workbook.bin"];
    this.workbook = candidates.find((name) => name !== undefined && this.parts.has(name));
    this.workbookDeclared = this.workbook !== undefined && this.workbook === declared;
  }

  /** The entry of a part name, compared as SheetJS compares them. */
  part(name: string): ZipEntry | undefined {
    return this.parts.get(partKey(name))?.[0];
  }

  /** The text (UTF-8) of a part; empty when there is none. */
  text(name: string): string {
    const entry = this.part(name);
    return entry === undefined ? "" : zipEntryText(entry);
  }

  /** The workbook's relationships (its `_rels/<name>.rels` part). */
  workbookRelationships(): readonly PartRelationship[] {
    if (this.workbookRelationshipList === undefined) {
      this.workbookRelationshipList = this.workbook === undefined ? [] : relationshipsIn(this.text(relationshipsPath(this.workbook)));
    }
    return this.workbookRelationshipList;
  }

  /**
   * The part of each sheet, by sheet index in workbook order (SheetJS's `SheetNames`), as SheetJS
   * resolves a sheet's target: under `xl/`, as written, then beside the workbook; undefined where
   * the workbook names no part that exists.
   */
  sheetParts(): ReadonlyArray<string | undefined> {
    if (this.sheets === undefined) {
      const byId = new Map(this.workbookRelationships().map((r) => [r.id, r.target]));
      this.sheets = [...(this.workbook === undefined ? "" : this.text(this.workbook)).matchAll(SHEET)].map(([, attributes = ""]) => {
        const id = /\b\w+:id="([^"]*)"/.exec(attributes)?.[1];
        const target = id === undefined ? undefined : byId.get(id);
        return target === undefined ? undefined : this.candidates(target).find((name) => this.parts.has(name));
      });
    }
    return this.sheets;
  }

  /**
   * Every entry a sheet relationship of the workbook (worksheet, chart sheet, dialog sheet, macro
   * sheet: the types SheetJS parses as sheets) may stand for, under each reading SheetJS tries and in
   * any case: what the guards must check, whichever SheetJS picks.
   */
  sheetEntries(): ZipEntry[] {
    const sheets = this.workbookRelationships().filter(({ type }) => /sheet$/i.test(type));
    const keys = new Set(sheets.flatMap(({ target }) => this.candidates(target)));
    return [...keys].flatMap((key) => this.parts.get(key) ?? []);
  }

  /** The path of the workbook's part of a relationship type ending (`/styles`), if it names one. */
  related(typeEnding: string): string | undefined {
    const target = this.workbookRelationships().find((r) => r.type.endsWith(typeEnding))?.target;
    return target === undefined ? undefined : this.candidates(target).find((name) => this.parts.has(name));
  }

  /** The names a workbook relationship's target may mean, in the order SheetJS tries them, normalised. */
  private candidates(target: string): string[] {
    const folder = this.workbook === undefined ? "" : this.workbook.slice(0, this.workbook.lastIndexOf("/") + 1);
    const written = target.replace(/\\/g, "/");
    return [`xl/${written.replace(/\/?xl\//, "")}`, written, resolvePath(written, folder)].map(partKey);
  }
}

/** A part name as SheetJS compares it: `\` as `/`, no leading `/`, lower case. */
export function partKey(name: string): string {
  return name.replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase();
}

/**
 * The package of the entries last asked about, read once however many checks of one file ask. A
 * one-slot cache, not a `WeakMap` keyed by the entries: the package holds those very entries, and such
 * an ephemeron made every garbage collection of a run pay for it (the reading of 200 small forms
 * took 20 % longer, all of it in the collector).
 */
let lastEntries: readonly ZipEntry[] | undefined;
let lastPackage: OoxmlPackage | undefined;

/** The OOXML package of a ZIP container's entries (see {@link OoxmlPackage}). */
export function ooxmlPackage(entries: readonly ZipEntry[]): OoxmlPackage {
  if (lastPackage === undefined || lastEntries !== entries) {
    lastPackage = new OoxmlPackage(entries);
    lastEntries = entries;
  }
  return lastPackage;
}

/** The relationships part of a part: `wtf/workbook.xml` → `wtf/_rels/workbook.xml.rels`. */
function relationshipsPath(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The workbook parts `[Content_Types].xml` declares, normalised, in order. */
function declaredWorkbooks(contentTypes: string): string[] {
  const names: string[] = [];
  for (const [, attributes = ""] of contentTypes.matchAll(OVERRIDE)) {
    const type = attribute(attributes, "ContentType");
    const name = attribute(attributes, "PartName");
    if (type !== undefined && name !== undefined && WORKBOOK_CONTENT_TYPES.has(type)) names.push(partKey(name));
  }
  return names;
}

function relationshipsIn(xml: string): PartRelationship[] {
  const relationships: PartRelationship[] = [];
  for (const [, attributes = ""] of xml.matchAll(RELATIONSHIP)) {
    const target = attribute(attributes, "Target");
    if (target === undefined || attribute(attributes, "TargetMode") === "External") continue;
    relationships.push({ id: attribute(attributes, "Id") ?? "", type: attribute(attributes, "Type") ?? "", target: unescapeXml(target) });
  }
  return relationships;
}

/** One compiled pattern per attribute name, not one per call: every file asks for the same few names. */
const ATTRIBUTE_PATTERNS = new Map<string, RegExp>();

function attribute(attributes: string, name: string): string | undefined {
  let pattern = ATTRIBUTE_PATTERNS.get(name);
  if (pattern === undefined) {
    pattern = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    ATTRIBUTE_PATTERNS.set(name, pattern);
  }
  const match = pattern.exec(attributes);
  return match ? (match[1] ?? match[2]) : undefined;
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, entity: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[entity] ?? "");
}

/** A relative target resolved against a folder (`../x` steps up), as SheetJS resolves one; absolute stays. */
function resolvePath(target: string, folder: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = folder.split("/").filter((part) => part !== "");
  for (const step of target.split("/")) {
    if (step === "..") parts.pop();
    else if (step !== "." && step !== "") parts.push(step);
  }
  return parts.join("/");
}

const CONTENT_TYPES_NAMESPACE = "http://schemas.openxmlformats.org/package/2006/content-types";

/**
 * The entries to hand SheetJS: as they are, unless the workbook was found otherwise than by the first
 * workbook `[Content_Types].xml` declares (only `_rels/.rels` names it, or the declared one is
 * missing). SheetJS reads no other, so then the content types are given with the workbook declared
 * first: it reads the part every check ran on.
 */
export function entriesDeclaringWorkbook(entries: readonly ZipEntry[]): readonly ZipEntry[] {
  const found = ooxmlPackage(entries);
  const workbook = found.workbook;
  if (workbook === undefined || found.workbookDeclared) return entries;
  const type = workbook.endsWith(".bin")
    ? "application/vnd.ms-excel.sheet.binary.macroEnabled.main"
    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
  const override = `<Override PartName="/${workbook}" ContentType="${type}"/>`;
  const current = found.part("[Content_Types].xml");
  const xml = current === undefined ? "" : zipEntryText(current);
  const open = /<(?:\w+:)?Types\b[^<>]*>/.exec(xml);
  const patched =
    open === null
      ? `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="${CONTENT_TYPES_NAMESPACE}">${override}</Types>`
      : `${xml.slice(0, open.index + open[0].length)}${override}${xml.slice(open.index + open[0].length)}`;
  const data = new TextEncoder().encode(patched);
  if (current === undefined) return [...entries, { name: "[Content_Types].xml", byteName: "[Content_Types].xml", data }];
  return entries.map((entry) => (entry === current ? { ...entry, data } : entry));
}
