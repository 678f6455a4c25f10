import { isDeepStrictEqual } from "node:util";

/** Where a value breaks its schema: the JSON pointer of the value, and the keyword it breaks. */
export interface SchemaError {
  readonly path: string;
  readonly message: string;
}

type Schema = Readonly<Record<string, unknown>>;

/** Keywords that say nothing about validity; any keyword outside these and `CHECKED` stops the validator. */
const ANNOTATIONS: ReadonlySet<string> = new Set(["$schema", "id", "title", "description", "default", "definitions"]);
const CHECKED: ReadonlySet<string> = new Set([
  "$ref",
  "type",
  "enum",
  "properties",
  "additionalProperties",
  "required",
  "items",
  "minItems",
  "uniqueItems",
  "minimum",
  "maximum",
  "pattern",
  "format",
  "anyOf",
  "oneOf",
]);

/**
 * Validates a JSON value against a JSON Schema (draft-04), as far as the keywords the SARIF 2.1.0
 * schema uses: `$ref` to `#/definitions/…`, `type`, `enum`, `properties`, `additionalProperties`,
 * `required`, `items`, `minItems`, `uniqueItems`, `minimum`, `maximum`, `pattern`, `format` (`uri`,
 * `uri-reference`, `date-time`), `anyOf`, `oneOf`. A schema with any other keyword throws rather than
 * pass a value it did not check. Returns every error found (empty: valid).
 */
export function validateJsonSchema(root: Schema, value: unknown): SchemaError[] {
  const errors: SchemaError[] = [];
  check(root, root, value, "", errors);
  return errors;
}

function check(root: Schema, schema: Schema, value: unknown, path: string, errors: SchemaError[]): void {
  for (const keyword of Object.keys(schema)) {
    if (!ANNOTATIONS.has(keyword) && !CHECKED.has(keyword)) throw new Error(`json-schema: keyword ${keyword} at ${path || "/"} is not supported`);
  }
  const fail = (message: string) => errors.push({ path: path || "/", message });
  const ref = schema.$ref;
  // Draft-04: a schema with $ref is that reference, whatever else it says.
  if (typeof ref === "string") return check(root, resolve(root, ref), value, path, errors);

  const type = schema.type;
  if (type !== undefined) {
    const types = Array.isArray(type) ? type : [type];
    if (!types.some((t) => typeof t === "string" && hasType(value, t))) return void fail(`type: expected ${types.join(" or ")}`);
  }
  const choices = schema.enum;
  if (Array.isArray(choices) && !choices.some((choice) => isDeepStrictEqual(choice, value)))
    fail(`enum: ${JSON.stringify(value)} is not one of ${JSON.stringify(choices)}`);

  if (isObject(value)) checkObject(root, schema, value, path, errors);
  if (Array.isArray(value)) checkArray(root, schema, value, path, errors);
  if (typeof value === "number") {
    const minimum = schema.minimum;
    const maximum = schema.maximum;
    if (typeof minimum === "number" && value < minimum) fail(`minimum: ${value} < ${minimum}`);
    if (typeof maximum === "number" && value > maximum) fail(`maximum: ${value} > ${maximum}`);
  }
  if (typeof value === "string") {
    const pattern = schema.pattern;
    if (typeof pattern === "string" && !new RegExp(pattern, "u").test(value)) fail(`pattern: ${JSON.stringify(value)} does not match ${pattern}`);
    const format = schema.format;
    if (typeof format === "string" && !hasFormat(value, format)) fail(`format: ${JSON.stringify(value)} is not a ${format}`);
  }

  const anyOf = schema.anyOf;
  if (Array.isArray(anyOf) && !anyOf.some((option) => passes(root, asSchema(option), value, path))) fail("anyOf: matches none");
  const oneOf = schema.oneOf;
  if (Array.isArray(oneOf)) {
    const matched = oneOf.filter((option) => passes(root, asSchema(option), value, path)).length;
    if (matched !== 1) fail(`oneOf: matches ${matched}`);
  }
}

function checkObject(root: Schema, schema: Schema, value: Readonly<Record<string, unknown>>, path: string, errors: SchemaError[]): void {
  const properties = isObject(schema.properties) ? schema.properties : {};
  const required = schema.required;
  if (Array.isArray(required)) {
    for (const name of required)
      if (typeof name === "string" && !Object.hasOwn(value, name)) errors.push({ path: path || "/", message: `required: ${name} is missing` });
  }
  const additional = schema.additionalProperties;
  for (const [name, item] of Object.entries(value)) {
    const at = `${path}/${name.replaceAll("~", "~0").replaceAll("/", "~1")}`;
    const own = Object.hasOwn(properties, name) ? properties[name] : undefined;
    if (own !== undefined) check(root, asSchema(own), item, at, errors);
    else if (additional === false) errors.push({ path: at, message: "additionalProperties: not allowed" });
    else if (isObject(additional)) check(root, additional, item, at, errors);
  }
}

function checkArray(root: Schema, schema: Schema, value: readonly unknown[], path: string, errors: SchemaError[]): void {
  const minItems = schema.minItems;
  if (typeof minItems === "number" && value.length < minItems) errors.push({ path: path || "/", message: `minItems: ${value.length} < ${minItems}` });
  if (schema.uniqueItems === true && value.some((item, i) => value.findIndex((other) => isDeepStrictEqual(other, item)) !== i))
    errors.push({ path: path || "/", message: "uniqueItems: repeated item" });
  const items = schema.items;
  if (Array.isArray(items))
    value.forEach((item, i) => {
      items[i] !== undefined && check(root, asSchema(items[i]), item, `${path}/${i}`, errors);
    });
  else if (isObject(items))
    value.forEach((item, i) => {
      check(root, items, item, `${path}/${i}`, errors);
    });
}

function passes(root: Schema, schema: Schema, value: unknown, path: string): boolean {
  const errors: SchemaError[] = [];
  check(root, schema, value, path, errors);
  return errors.length === 0;
}

/** The schema a local reference (`#/definitions/result`) points to. */
function resolve(root: Schema, ref: string): Schema {
  if (!ref.startsWith("#")) throw new Error(`json-schema: only local references are supported: ${ref}`);
  let node: unknown = root;
  for (const part of ref
    .slice(1)
    .split("/")
    .filter((p) => p !== "")) {
    const key = decodeURIComponent(part).replaceAll("~1", "/").replaceAll("~0", "~");
    node = isObject(node) && Object.hasOwn(node, key) ? node[key] : undefined;
  }
  return asSchema(node);
}

function asSchema(node: unknown): Schema {
  if (!isObject(node)) throw new Error("json-schema: a schema must be an object");
  return node;
}

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case "object":
      return isObject(value);
    case "array":
      return Array.isArray(value);
    case "string":
      return typeof value === "string";
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "boolean":
      return typeof value === "boolean";
    case "null":
      return value === null;
    default:
      throw new Error(`json-schema: unknown type ${type}`);
  }
}

/** RFC 3339 date-time, as draft-04 `date-time` means it. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

function hasFormat(value: string, format: string): boolean {
  switch (format) {
    case "uri":
      // Absolute: a scheme, then what URL accepts.
      return /^[A-Za-z][A-Za-z0-9+.-]*:/.test(value) && URL.canParse(value);
    case "uri-reference":
      // Relative or absolute; no spaces, backslashes or other characters a URI never holds unescaped.
      return !/[\s\\<>"{}|^`]/.test(value) && URL.canParse(value, "file:///base/");
    case "date-time":
      return DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
    default:
      throw new Error(`json-schema: format ${format} is not supported`);
  }
}
