import { COMMENT_AUTHOR } from "./comments-xml.js";
import {
  attributeByLocalName,
  attributesOf,
  type Part,
  RELATIONSHIPS_NS,
  relationshipsOf,
  relsPathOf,
  resolveTarget,
  unescapeXml,
  withAttribute,
} from "./package-xml.js";
import { HIGHLIGHT_RGB } from "./styles-edit.js";

const REL = RELATIONSHIPS_NS;
const decoder = new TextDecoder("utf-8");
const encoder = new TextEncoder();

/**
 * A package as it was before an earlier `budget return` annotated it: the agency sent back the copy
 * it got (as the results sheet tells it to: "no need to delete this sheet or the comments"), and the
 * new copy must not pile a second results sheet and stale comments on the first. Removed: the sheets
 * named `resultsSheets` (with their defined names; later sheet-local names and the active tab shifted
 * back), the comments signed {@link COMMENT_AUTHOR} and their VML notes, and the highlight: a cell
 * whose format has the {@link HIGHLIGHT_RGB} fill gets back the format it was the twin of. A package
 * no return has touched comes back unchanged (the same parts).
 */
export function withoutPreviousReturn(parts: readonly Part[], resultsSheets: readonly string[]): Part[] {
  const texts = new Map<string, string>();
  const textOf = (name: string): string | undefined => {
    if (texts.has(name)) return texts.get(name);
    const part = parts.find((p) => p.name === name);
    return part === undefined ? undefined : decoder.decode(part.data);
  };
  const dropped = new Set<string>();
  const rootRels = relationshipsOf(textOf("_rels/.rels") ?? "");
  const workbookPath = resolveTarget("", rootRels.find((r) => r.type === `${REL}/officeDocument`)?.target ?? "xl/workbook.xml");
  const workbookRelsPath = relsPathOf(workbookPath);
  const workbookRels = relationshipsOf(textOf(workbookRelsPath) ?? "");
  let workbook = textOf(workbookPath) ?? "";
  const sheetElements = [...workbook.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)].map((m) => m[0]);
  const sheets = sheetElements.map((element) => {
    const id = attributeByLocalName(element, "id") ?? "";
    const target = workbookRels.find((r) => r.id === id)?.target;
    return { element, id, name: attributesOf(element).get("name") ?? "", path: target === undefined ? undefined : resolveTarget(workbookPath, target) };
  });

  // The results sheets, from the last: each removal shifts the positions after it.
  let workbookRelsXml = textOf(workbookRelsPath) ?? "";
  let contentTypes = textOf("[Content_Types].xml") ?? "";
  for (let index = sheets.length - 1; index >= 0; index--) {
    const sheet = sheets[index];
    if (sheet === undefined || !resultsSheets.includes(sheet.name)) continue;
    workbook = workbook.replace(sheet.element, "");
    workbook = workbook.replace(
      /<(?:[\w.-]+:)?definedName\b[^>]*\blocalSheetId="(\d+)"[^>]*(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?definedName>)/g,
      (name, n: string) => (Number(n) === index ? "" : Number(n) > index ? name.replace(/\blocalSheetId="\d+"/, `localSheetId="${Number(n) - 1}"`) : name),
    );
    workbook = workbook.replace(/<(?:[\w.-]+:)?workbookView\b[^>]*>/g, (view) => {
      const active = Number(attributesOf(view).get("activeTab") ?? 0);
      return active >= index && active > 0 ? withAttribute(view, "activeTab", String(active - 1)) : view;
    });
    workbookRelsXml = workbookRelsXml.replace(new RegExp(`<(?:[\\w.-]+:)?Relationship\\b[^>]*\\bId="${sheet.id}"[^>]*>`), "");
    if (sheet.path !== undefined) {
      dropped.add(sheet.path);
      dropped.add(relsPathOf(sheet.path));
      contentTypes = contentTypes.replace(new RegExp(`<Override\\b[^>]*PartName="/${sheet.path.replace(/[.[\]]/g, "\\$&")}"[^>]*/>`), "");
    }
  }
  const removedSheets = sheets.filter((s) => resultsSheets.includes(s.name));
  if (removedSheets.length > 0) {
    texts.set(workbookPath, workbook);
    texts.set(workbookRelsPath, workbookRelsXml);
    texts.set("[Content_Types].xml", contentTypes);
  }

  // Our comments and their notes.
  for (const sheet of sheets) {
    if (sheet.path === undefined || dropped.has(sheet.path)) continue;
    const relations = relationshipsOf(textOf(relsPathOf(sheet.path)) ?? "");
    const comments = relations.find((r) => r.type === `${REL}/comments`);
    const vml = relations.find((r) => r.type === `${REL}/vmlDrawing`);
    const commentsPath = comments === undefined ? undefined : resolveTarget(sheet.path, comments.target);
    const commentsXml = commentsPath === undefined ? undefined : textOf(commentsPath);
    if (commentsPath === undefined || commentsXml === undefined) continue;
    const authors = [...commentsXml.matchAll(/<(?:[\w.-]+:)?author>([\s\S]*?)<\/(?:[\w.-]+:)?author>/g)].map((m) => unescapeXml(m[1] ?? ""));
    const ours = authors.indexOf(COMMENT_AUTHOR);
    if (ours < 0) continue;
    const removed: string[] = [];
    const kept = commentsXml.replace(/<(?:[\w.-]+:)?comment\b[^>]*>[\s\S]*?<\/(?:[\w.-]+:)?comment>/g, (comment) => {
      const open = /^<[^>]*>/.exec(comment)?.[0] ?? "";
      const attributes = attributesOf(open);
      if (attributes.get("authorId") !== String(ours)) return comment;
      removed.push(attributes.get("ref") ?? "");
      return "";
    });
    if (removed.length === 0) continue;
    texts.set(commentsPath, kept);
    const vmlPath = vml === undefined ? undefined : resolveTarget(sheet.path, vml.target);
    const vmlXml = vmlPath === undefined ? undefined : textOf(vmlPath);
    if (vmlPath !== undefined && vmlXml !== undefined) {
      const places = new Set(removed.map((ref) => placeKey(ref)));
      texts.set(
        vmlPath,
        vmlXml.replace(/<v:shape\b[^>]*>[\s\S]*?<\/v:shape>/g, (shape) => {
          const row = /<x:Row>(\d+)<\/x:Row>/.exec(shape)?.[1];
          const col = /<x:Column>(\d+)<\/x:Column>/.exec(shape)?.[1];
          return row !== undefined && col !== undefined && places.has(`${row}:${col}`) ? "" : shape;
        }),
      );
    }
  }

  // Our highlight: each format with our fill back to the format it was the twin of.
  const stylesTarget = workbookRels.find((r) => r.type === `${REL}/styles`)?.target;
  const stylesPath = stylesTarget === undefined ? undefined : resolveTarget(workbookPath, stylesTarget);
  const styles = stylesPath === undefined ? undefined : textOf(stylesPath);
  const restore = styles === undefined ? new Map<number, number>() : twinsToRestore(styles);
  if (restore.size > 0) {
    for (const sheet of sheets) {
      if (sheet.path === undefined || dropped.has(sheet.path)) continue;
      const xml = textOf(sheet.path);
      if (xml === undefined) continue;
      const restored = xml.replace(/<(?:[\w.-]+:)?c\b[^>]*?\ss="(\d+)"[^>]*>/g, (open, s: string) => {
        const original = restore.get(Number(s));
        return original === undefined ? open : withAttribute(open, "s", String(original));
      });
      if (restored !== xml) texts.set(sheet.path, restored);
    }
  }

  if (texts.size === 0 && dropped.size === 0) return [...parts];
  return parts
    .filter((part) => !dropped.has(part.name))
    .map((part) => {
      const text = texts.get(part.name);
      return text === undefined ? part : { name: part.name, data: encoder.encode(text) };
    });
}

/** `row:col`, 0-based, of an A1 reference, as a VML note names its cell. */
function placeKey(ref: string): string {
  const match = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!match) return "";
  let col = 0;
  for (const letter of match[1] ?? "") col = col * 26 + (letter.charCodeAt(0) - 64);
  return `${Number(match[2]) - 1}:${col - 1}`;
}

/** For each cell format with the highlight fill, the first format that is the same without it. */
function twinsToRestore(styles: string): Map<number, number> {
  const section = (table: string, child: string): string[] => {
    const body = new RegExp(`<(?:[\\w.-]+:)?${table}\\b[^>]*>([\\s\\S]*?)<\\/(?:[\\w.-]+:)?${table}>`).exec(styles)?.[1] ?? "";
    return [...body.matchAll(new RegExp(`<(?:[\\w.-]+:)?${child}\\b(?:[^>]*?\\/>|[^>]*>[\\s\\S]*?<\\/(?:[\\w.-]+:)?${child}>)`, "g"))].map((m) => m[0]);
  };
  const ourFills = new Set(
    section("fills", "fill").flatMap((fill, i) => (fill.includes(`rgb="${HIGHLIGHT_RGB}"`) && /patternType="solid"/.test(fill) ? [i] : [])),
  );
  const restore = new Map<number, number>();
  if (ourFills.size === 0) return restore;
  const xfs = section("cellXfs", "xf");
  const fillOf = (xf: string) => Number(/\bfillId="(\d+)"/.exec(xf)?.[1] ?? 0);
  const withoutFill = (xf: string) => xf.replace(/\s(fillId|applyFill)="[^"]*"/g, "");
  xfs.forEach((xf, i) => {
    if (!ourFills.has(fillOf(xf))) return;
    const bare = withoutFill(xf);
    const twin = xfs.findIndex((other) => !ourFills.has(fillOf(other)) && withoutFill(other) === bare);
    if (twin >= 0) restore.set(i, twin);
  });
  return restore;
}
