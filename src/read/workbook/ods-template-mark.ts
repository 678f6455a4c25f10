import { TEMPLATE_AGENCY_NAME, type TemplateMark, templateMarkOf } from "../../data/template-mark.js";

const NAMED_EXPRESSION = /<table:named-expression\b([^>]*)>/g;
const ENTITY = /&(quot|apos|lt|gt|amp|#x[0-9a-f]+|#\d+);/gi;
const NAMED_ENTITIES: Readonly<Record<string, string>> = { quot: '"', apos: "'", lt: "<", gt: ">", amp: "&" };

/**
 * The template mark of an ODS `content.xml`: the named expression LibreOffice writes for the defined
 * name of a form `budget template` made, when the form was saved as .ods (SheetJS does not read named
 * expressions). Its value reads `"Sở Tư pháp"` (or `of:="…"`).
 */
export function odsTemplateMark(contentXml: string): TemplateMark | undefined {
  if (!contentXml.includes(TEMPLATE_AGENCY_NAME)) return undefined;
  for (const [, attributes = ""] of contentXml.matchAll(NAMED_EXPRESSION)) {
    if (attribute(attributes, "table:name") !== TEMPLATE_AGENCY_NAME) continue;
    const expression = attribute(attributes, "table:expression");
    return expression === undefined ? undefined : templateMarkOf(expression.replace(/^of:/, ""));
  }
  return undefined;
}

/** An attribute's value, entities decoded. */
function attribute(attributes: string, name: string): string | undefined {
  const raw = new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];
  return raw?.replace(ENTITY, (entity, body: string) => {
    const lower = body.toLowerCase();
    if (lower.startsWith("#x")) return String.fromCodePoint(Number.parseInt(lower.slice(2), 16));
    if (lower.startsWith("#")) return String.fromCodePoint(Number.parseInt(lower.slice(1), 10));
    return NAMED_ENTITIES[lower] ?? entity;
  });
}
