import { posix } from "node:path";
import { xmlText } from "../xlsx/xml-text.js";

/*
 * Small, careful edits of the XML parts of an Excel package: only the elements `budget return` adds
 * to or changes are touched, and the rest of a part's text is kept as it is.
 */

/** One part of a package: its path and its bytes. */
export interface Part {
  readonly name: string;
  readonly data: Uint8Array;
}

/** The namespace of Office relationships (`r:id`), and the stem of their types. */
export const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const ENTITY = /&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;
const NAMED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML character data or an attribute value as the text it stands for. */
export function unescapeXml(text: string): string {
  return text.replace(ENTITY, (whole, name: string) => {
    if (name.startsWith("#x")) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return NAMED[name] ?? whole;
  });
}

/** The attributes of an element's opening tag, by their qualified names, values unescaped. */
export function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attributes.set(match[1] ?? "", unescapeXml(match[2] ?? match[3] ?? ""));
  }
  return attributes;
}

/** An attribute of a tag by its local name, whatever its prefix (`r:id`, `id`). */
export function attributeByLocalName(tag: string, local: string): string | undefined {
  for (const [name, value] of attributesOf(tag)) if (name === local || name.endsWith(`:${local}`)) return value;
  return undefined;
}

/** The tag with attribute `name` set to `value` (replaced where it is, else added at the end). */
export function withAttribute(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (pattern.test(tag)) return tag.replace(pattern, (_, head: string) => `${head}"${xmlText(value)}"`);
  const end = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, end)} ${name}="${xmlText(value)}"${tag.slice(end)}`;
}

/** The namespace prefix of a part's root element (`x:` for `<x:worksheet>`, `""` when unprefixed). */
export function rootPrefix(xml: string, local: string): string {
  const match = new RegExp(`<([\\w.-]+:)?${local}[\\s>/]`).exec(xml);
  return match?.[1] ?? "";
}

/** One relationship of a `.rels` part. */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

/** The relationships of a `.rels` part. */
export function relationshipsOf(xml: string): Relationship[] {
  return [...xml.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)].map((match) => {
    const attributes = attributesOf(match[0]);
    return {
      id: attributes.get("Id") ?? "",
      type: attributes.get("Type") ?? "",
      target: attributes.get("Target") ?? "",
      external: attributes.get("TargetMode") === "External",
    };
  });
}

/** A `.rels` part with relationships added before its end (a new part when `xml` is undefined). */
export function withRelationships(xml: string | undefined, added: readonly Omit<Relationship, "external">[]): string {
  const elements = added.map((r) => `<Relationship Id="${xmlText(r.id)}" Type="${xmlText(r.type)}" Target="${xmlText(r.target)}"/>`).join("");
  if (xml === undefined || !/<\/(?:[\w.-]+:)?Relationships>/.test(xml)) {
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${elements}</Relationships>`;
  }
  return xml.replace(
    /<\/((?:[\w.-]+:)?)Relationships>(?![\s\S]*<\/(?:[\w.-]+:)?Relationships>)/,
    (_, prefix: string) => `${elements}</${prefix}Relationships>`,
  );
}

/** A relationship id not among `ids`: `rId` and the next number after the highest. */
export function freeRelationshipId(ids: Iterable<string>): string {
  let highest = 0;
  for (const id of ids) {
    const match = /^rId(\d+)$/.exec(id);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `rId${highest + 1}`;
}

/** The `.rels` part of a part: `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`. */
export function relsPathOf(part: string): string {
  return posix.join(posix.dirname(part), "_rels", `${posix.basename(part)}.rels`);
}

/** The part a relationship of `source` points to, as a package path without a leading `/`. */
export function resolveTarget(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  return posix.normalize(posix.join(posix.dirname(source), target));
}

/** `to` relative to the folder of `from` (both package paths), as a relationship target. */
export function relativeTarget(from: string, to: string): string {
  return posix.relative(posix.dirname(from), to);
}
