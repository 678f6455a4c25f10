import { xmlText } from "../xlsx/xml-text.js";
import { zipArchive } from "../xlsx/zip-archive.js";
import { type CellComment, COMMENT_AUTHOR, commentsVml, commentsXml, noteShapes } from "./comments-xml.js";
import {
  attributeByLocalName,
  attributesOf,
  freeRelationshipId,
  type Part,
  RELATIONSHIPS_NS,
  relationshipsOf,
  relativeTarget,
  relsPathOf,
  resolveTarget,
  withAttribute,
  withRelationships,
} from "./package-xml.js";
import { type ResultsSheet, resultsSheetXml } from "./results-sheet.js";
import { annotatedSheetXml } from "./sheet-edit.js";
import { StylesEdit } from "./styles-edit.js";

export type { Part } from "./package-xml.js";

/** What a returned copy adds to the agency's workbook: comments by sheet name, and the first sheet. */
export interface Annotations {
  readonly comments: ReadonlyMap<string, readonly CellComment[]>;
  readonly results: ResultsSheet;
  /** Every comment open beside its cell, rather than shown on hover. */
  readonly shown?: boolean | undefined;
}

const REL = RELATIONSHIPS_NS;
const TYPES = {
  worksheet: `${REL}/worksheet`,
  styles: `${REL}/styles`,
  comments: `${REL}/comments`,
  vml: `${REL}/vmlDrawing`,
  calcChain: `${REL}/calcChain`,
  officeDocument: `${REL}/officeDocument`,
} as const;
const CONTENT = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
} as const;

/** A style table with the defaults only, for a package that has none (and for the valid note). */
export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

const decoder = new TextDecoder("utf-8");

/**
 * The agency's own workbook package with the findings on their cells (a comment and a highlight
 * fill each) and the results sheet inserted first, zipped with every entry stamped `date`. Only the
 * parts that must change are rewritten: the sheets that carry findings (cell styles, a
 * `legacyDrawing`), `styles.xml` (entries appended), `workbook.xml` and its relationships (the new first
 * sheet; sheet-local defined names and the active tab shifted by one), `[Content_Types].xml`, and a
 * sheet marked selected (its tab is no longer the active one). The calculation chain is dropped (its
 * order names sheets; Excel rebuilds it). Every other part keeps its bytes.
 */
export async function annotatedPackage(parts: readonly Part[], annotations: Annotations, date: Date): Promise<Uint8Array> {
  const shown = annotations.shown === true;
  const changed = new Map<string, string>();
  const added: Array<{ name: string; text: string }> = [];
  const dropped = new Set<string>();
  const existing = new Set(parts.map((part) => part.name));
  const textOf = (name: string): string | undefined => {
    if (changed.has(name)) return changed.get(name);
    const part = parts.find((p) => p.name === name);
    return part ? decoder.decode(part.data) : added.find((a) => a.name === name)?.text;
  };
  const taken = (name: string) => existing.has(name) || added.some((a) => a.name === name);
  const freeName = (pattern: (n: number) => string): string => {
    let n = 1;
    while (taken(pattern(n))) n++;
    return pattern(n);
  };
  const contentTypes = { defaults: new Map<string, string>(), overrides: new Map<string, string>() };

  const rootRels = relationshipsOf(textOf("_rels/.rels") ?? "");
  const workbookPath = resolveTarget("", rootRels.find((r) => r.type === TYPES.officeDocument)?.target ?? "xl/workbook.xml");
  const workbookRelsPath = relsPathOf(workbookPath);
  let workbookRels = textOf(workbookRelsPath) ?? "";
  const workbookRelations = relationshipsOf(workbookRels);
  const ids = new Set(workbookRelations.map((r) => r.id));
  const newRelations: Array<{ id: string; type: string; target: string }> = [];
  const addWorkbookRelation = (type: string, path: string): string => {
    const id = freeRelationshipId(ids);
    ids.add(id);
    newRelations.push({ id, type, target: relativeTarget(workbookPath, path) });
    return id;
  };

  // The style table: the package's, or a minimal one when it has none.
  let stylesPath = workbookRelations.find((r) => r.type === TYPES.styles)?.target;
  stylesPath = stylesPath === undefined ? undefined : resolveTarget(workbookPath, stylesPath);
  let styles: StylesEdit;
  try {
    styles = new StylesEdit(stylesPath === undefined ? MINIMAL_STYLES : (textOf(stylesPath) ?? MINIMAL_STYLES));
  } catch {
    styles = new StylesEdit(MINIMAL_STYLES);
    stylesPath = undefined;
  }
  if (stylesPath === undefined) {
    stylesPath = freeName((n) => (n === 1 ? "xl/styles.xml" : `xl/styles${n}.xml`));
    added.push({ name: stylesPath, text: MINIMAL_STYLES });
    addWorkbookRelation(TYPES.styles, stylesPath);
    contentTypes.overrides.set(`/${stylesPath}`, CONTENT.styles);
  }

  // The sheets, by name, with their parts.
  const workbook = textOf(workbookPath) ?? "";
  const sheets = [...workbook.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)].map((match) => {
    const attributes = attributesOf(match[0]);
    const id = attributeByLocalName(match[0], "id") ?? "";
    const target = workbookRelations.find((r) => r.id === id)?.target;
    return {
      name: attributes.get("name") ?? "",
      sheetId: Number(attributes.get("sheetId") ?? 0),
      path: target ? resolveTarget(workbookPath, target) : undefined,
    };
  });

  // Each sheet with findings: its cells highlighted, its comments and their drawing.
  let block = nextShapeBlock(parts.filter((p) => p.name.endsWith(".vml")).map((p) => decoder.decode(p.data)));
  for (const [sheetName, comments] of annotations.comments) {
    const sheet = sheets.find((s) => s.name === sheetName);
    const path = sheet?.path;
    const xml = path === undefined ? undefined : textOf(path);
    if (path === undefined || xml === undefined || comments.length === 0) continue;
    const relsPath = relsPathOf(path);
    const relsXml = textOf(relsPath);
    const relations = relationshipsOf(relsXml ?? "");
    const sheetIds = new Set(relations.map((r) => r.id));
    const newSheetRelations: Array<{ id: string; type: string; target: string }> = [];
    const addSheetRelation = (type: string, target: string): string => {
      const id = freeRelationshipId(sheetIds);
      sheetIds.add(id);
      newSheetRelations.push({ id, type, target: relativeTarget(path, target) });
      return id;
    };
    const oldComments = relations.find((r) => r.type === TYPES.comments && !r.external);
    const oldVml = relations.find((r) => r.type === TYPES.vml && !r.external);
    const oldCommentsPath = oldComments ? resolveTarget(path, oldComments.target) : undefined;
    const oldVmlPath = oldVml ? resolveTarget(path, oldVml.target) : undefined;
    const oldCommentsXml = oldCommentsPath === undefined ? undefined : textOf(oldCommentsPath);
    const oldVmlXml = oldVmlPath === undefined ? undefined : textOf(oldVmlPath);
    let drawingId: string | undefined;
    if (oldCommentsPath !== undefined && oldCommentsXml !== undefined) {
      const merged = mergedComments(oldCommentsXml, comments);
      changed.set(oldCommentsPath, merged.xml);
      if (oldVmlPath !== undefined && oldVmlXml !== undefined) changed.set(oldVmlPath, withShapes(oldVmlXml, merged.fresh, shown));
    } else {
      const commentsPath = freeName((n) => `xl/comments${n}.xml`);
      added.push({ name: commentsPath, text: commentsXml(comments) });
      contentTypes.overrides.set(`/${commentsPath}`, CONTENT.comments);
      addSheetRelation(TYPES.comments, commentsPath);
      if (oldVmlPath !== undefined && oldVmlXml !== undefined) changed.set(oldVmlPath, withShapes(oldVmlXml, comments, shown));
      else {
        const vmlPath = freeName((n) => `xl/drawings/vmlDrawing${n}.vml`);
        added.push({ name: vmlPath, text: commentsVml(comments, block++, shown) });
        contentTypes.defaults.set("vml", CONTENT.vml);
        drawingId = addSheetRelation(TYPES.vml, vmlPath);
      }
    }
    if (newSheetRelations.length > 0) {
      const rels = withRelationships(relsXml, newSheetRelations);
      if (relsXml === undefined) added.push({ name: relsPath, text: rels });
      else changed.set(relsPath, rels);
    }
    changed.set(
      path,
      annotatedSheetXml(xml, comments, (style) => styles.highlight(style), drawingId),
    );
  }

  // The results sheet, first and active; no other sheet stays selected with it.
  for (const sheet of sheets) {
    const xml = sheet.path === undefined ? undefined : textOf(sheet.path);
    if (sheet.path === undefined || xml === undefined || !/\btabSelected="(1|true)"/.test(xml)) continue;
    changed.set(sheet.path, xml.replace(/\s+tabSelected="(1|true)"/g, ""));
  }
  const resultsPath = freeName((n) => `xl/worksheets/sheet${n}.xml`);
  const names = new Set(sheets.map((s) => s.name));
  let resultsName = annotations.results.sheetName;
  for (let n = 2; names.has(resultsName); n++) resultsName = `${annotations.results.sheetName} (${n})`;
  added.push({ name: resultsPath, text: resultsSheetXml({ ...annotations.results, sheetName: resultsName }, styles) });
  contentTypes.overrides.set(`/${resultsPath}`, CONTENT.worksheet);
  const resultsId = addWorkbookRelation(TYPES.worksheet, resultsPath);
  const sheetId = Math.max(0, ...sheets.map((s) => s.sheetId)) + 1;
  changed.set(workbookPath, withFirstSheet(workbook, resultsName, sheetId, resultsId));

  // The calculation chain lists cells by sheet: dropped, Excel rebuilds it.
  const calcChain = workbookRelations.find((r) => r.type === TYPES.calcChain);
  if (calcChain) {
    const calcPath = resolveTarget(workbookPath, calcChain.target);
    dropped.add(calcPath);
    workbookRels = workbookRels.replace(new RegExp(`<(?:[\\w.-]+:)?Relationship\\b[^>]*Id="${calcChain.id}"[^>]*>`), "");
    contentTypes.overrides.set(`/${calcPath}`, "");
  }
  changed.set(workbookRelsPath, withRelationships(workbookRels, newRelations));
  if (stylesPath !== undefined && existing.has(stylesPath)) changed.set(stylesPath, styles.result());
  else if (stylesPath !== undefined) {
    const index = added.findIndex((a) => a.name === stylesPath);
    if (index >= 0) added[index] = { name: stylesPath, text: styles.result() };
  }
  changed.set("[Content_Types].xml", withContentTypes(textOf("[Content_Types].xml") ?? "", contentTypes));

  const encoder = new TextEncoder();
  const entries = [
    ...parts
      .filter((part) => !dropped.has(part.name))
      .map((part) => {
        const text = changed.get(part.name);
        return { name: part.name, data: [text === undefined ? part.data : encoder.encode(text)] };
      }),
    ...added.map((a) => ({ name: a.name, data: [encoder.encode(a.text)] })),
  ];
  return zipArchive(entries, date);
}

/** The workbook part with a sheet inserted first: defined names local to a sheet and the active tab shifted, the new sheet active. */
function withFirstSheet(workbook: string, name: string, sheetId: number, id: string): string {
  const p = /<([\w.-]+:)?workbook[\s>]/.exec(workbook)?.[1] ?? "";
  const r = new RegExp(`xmlns:([\\w.-]+)="${REL}"`).exec(workbook)?.[1];
  let out = workbook;
  let prefix = r;
  if (prefix === undefined) {
    prefix = "r";
    out = out.replace(new RegExp(`<${p}workbook\\b`), (tag) => `${tag} xmlns:r="${REL}"`);
  }
  out = out.replace(/(<(?:[\w.-]+:)?definedName\b[^>]*\blocalSheetId=")(\d+)"/g, (_, head: string, n: string) => `${head}${Number(n) + 1}"`);
  out = out.replace(/<(?:[\w.-]+:)?workbookView\b[^>]*>/g, (tag) => {
    let view = withAttribute(tag, "activeTab", "0");
    if (/\sfirstSheet=/.test(view)) view = withAttribute(view, "firstSheet", "0");
    return view;
  });
  const element = `<${p}sheet name="${xmlText(name)}" sheetId="${sheetId}" ${prefix}:id="${id}"/>`;
  return out.replace(new RegExp(`<${p}sheets\\b[^>]*>`), (open) => `${open}${element}`);
}

/** `[Content_Types].xml` with defaults and overrides added (an override of `""` removed). */
function withContentTypes(xml: string, types: { defaults: ReadonlyMap<string, string>; overrides: ReadonlyMap<string, string> }): string {
  let out = xml;
  let insert = "";
  for (const [extension, type] of types.defaults) {
    if (new RegExp(`<Default\\b[^>]*Extension="${extension}"`, "i").test(out)) continue;
    insert += `<Default Extension="${extension}" ContentType="${type}"/>`;
  }
  for (const [part, type] of types.overrides) {
    const existing = new RegExp(`<Override\\b[^>]*PartName="${part.replace(/[.[\]]/g, "\\$&")}"[^>]*/>`);
    if (type === "") out = out.replace(existing, "");
    else if (!existing.test(out)) insert += `<Override PartName="${xmlText(part)}" ContentType="${type}"/>`;
  }
  return out.replace(/<\/Types>\s*$/, () => `${insert}</Types>`);
}

/** The first shape-id block (`o:idmap data`) no VML drawing of the package uses. */
function nextShapeBlock(drawings: readonly string[]): number {
  let highest = 0;
  for (const vml of drawings) {
    for (const match of vml.matchAll(/data="([\d,\s]+)"/g)) for (const n of (match[1] ?? "").split(/[,\s]+/)) highest = Math.max(highest, Number(n) || 0);
    for (const match of vml.matchAll(/_x0000_s(\d+)/g)) highest = Math.max(highest, Math.floor(Number(match[1]) / 1024));
  }
  return highest + 1;
}

/** A comments part that already exists, with ours added: a cell already commented gets our text after its own. */
function mergedComments(xml: string, comments: readonly CellComment[]): { xml: string; fresh: CellComment[] } {
  const authors = [...xml.matchAll(/<(?:[\w.-]+:)?author>([\s\S]*?)<\/(?:[\w.-]+:)?author>/g)];
  let out = xml;
  let author = authors.findIndex((a) => a[1] === COMMENT_AUTHOR);
  if (author < 0) {
    author = authors.length;
    out = out.replace(/<\/((?:[\w.-]+:)?)authors>/, (_, p: string) => `<${p}author>${COMMENT_AUTHOR}</${p}author></${p}authors>`);
  }
  const fresh: CellComment[] = [];
  const single = commentsXml(comments);
  const elements = [...single.matchAll(/<comment ref="([A-Z]+\d+)" authorId="0">([\s\S]*?)<\/comment>/g)];
  let appended = "";
  comments.forEach((comment, i) => {
    const ref = elements[i]?.[1] ?? "";
    const body = elements[i]?.[2] ?? "";
    const there = new RegExp(`(<(?:[\\w.-]+:)?comment\\b[^>]*ref="${ref}"[^>]*>[\\s\\S]*?)(<\\/(?:[\\w.-]+:)?text>)`).exec(out);
    if (there) {
      const runs = body.replace(/^<text>/, "").replace(/<\/text>$/, "");
      out = out.replace(there[0], () => `${there[1]}${runs}${there[2]}`);
    } else {
      appended += `<comment ref="${ref}" authorId="${author}">${body}</comment>`;
      fresh.push(comment);
    }
  });
  out = out.replace(/<\/((?:[\w.-]+:)?)commentList>/, (_, p: string) => `${appended}</${p}commentList>`);
  return { xml: out, fresh };
}

/** A VML drawing with note shapes for `comments` added before its end, their ids after its highest. */
function withShapes(vml: string, comments: readonly CellComment[], shown: boolean): string {
  if (comments.length === 0) return vml;
  let highest = 0;
  for (const match of vml.matchAll(/_x0000_s(\d+)/g)) highest = Math.max(highest, Number(match[1]));
  const shapetype = /_x0000_t202/.test(vml)
    ? ""
    : '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';
  return vml.replace(/<\/xml>\s*$/, () => `${shapetype}${noteShapes(comments, highest + 1, shown)}</xml>`);
}
