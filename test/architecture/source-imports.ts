/**
 * A small scanner of the module specifiers a TypeScript file imports: static `import`/`export … from`,
 * side-effect `import "x"` and dynamic `import("x")`. It is ours because dependency-cruiser needs the
 * TypeScript compiler's JS API to parse `.ts`, which TypeScript 7 (the native compiler) no longer has.
 *
 * Comments, template literals and regular-expression literals are blanked first, so a specifier
 * written in a comment or a pattern is not taken for an import; string literals are kept, since the
 * specifiers are strings.
 */

/** One import of a file. */
export interface SourceImport {
  readonly specifier: string;
  /** How it is written: static (`import`/`export … from`, side effect) or dynamic (`import("x")`). */
  readonly kind: "static" | "dynamic";
  /** 1-based line, for messages. */
  readonly line: number;
}

/** What a file imports, and the dynamic imports it makes whose specifier is not a string literal. */
export interface ScannedSource {
  readonly imports: readonly SourceImport[];
  readonly unscannable: readonly number[];
}

const KEYWORDS_BEFORE_EXPRESSION = new Set([
  "return",
  "typeof",
  "case",
  "do",
  "else",
  "in",
  "of",
  "new",
  "delete",
  "void",
  "throw",
  "yield",
  "await",
  "instanceof",
]);
const STATIC = /(?:^|[;}\n])[ \t]*(?:import|export)\b(?:[ \t]+type\b)?[^;"'`()=]*?\bfrom\s*(["'])([^"'\n]+)\1/g;
const SIDE_EFFECT = /(?:^|[;\n])[ \t]*import\s*(["'])([^"'\n]+)\1/g;
const DYNAMIC = /\bimport\s*\(\s*(["'])([^"'\n]+)\1\s*[,)]/g;
const DYNAMIC_START = /\bimport\s*\(/g;

/** Blanks everything but newlines, so positions and line numbers survive. */
function blank(text: string): string {
  return text.replace(/[^\n]/g, " ");
}

/** Where a quoted string starting at `start` ends (after its closing quote, or at the line end). */
function endOfString(text: string, start: number): number {
  const quote = text.charAt(start);
  let i = start + 1;
  while (i < text.length && text.charAt(i) !== quote && text.charAt(i) !== "\n") i += text.charAt(i) === "\\" ? 2 : 1;
  return Math.min(i + 1, text.length);
}

/** Where a template literal starting at `start` ends, stepping over `${…}` with nested braces, strings and templates. */
function endOfTemplate(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text.charAt(i) !== "`") {
    if (text.charAt(i) === "\\") i += 2;
    else if (text.startsWith("${", i)) i = endOfSubstitution(text, i + 2);
    else i++;
  }
  return Math.min(i + 1, text.length);
}

function endOfSubstitution(text: string, start: number): number {
  let depth = 1;
  let i = start;
  while (i < text.length && depth > 0) {
    const c = text.charAt(i);
    if (c === '"' || c === "'") i = endOfString(text, i);
    else if (c === "`") i = endOfTemplate(text, i);
    else {
      if (c === "{") depth++;
      if (c === "}") depth--;
      i++;
    }
  }
  return i;
}

/** Where a regular-expression literal starting at `start` ends, flags included. */
function endOfRegex(text: string, start: number): number {
  let i = start + 1;
  let inClass = false;
  while (i < text.length && text.charAt(i) !== "\n") {
    const c = text.charAt(i);
    if (c === "\\") i++;
    else if (c === "[") inClass = true;
    else if (c === "]") inClass = false;
    else if (c === "/" && !inClass) break;
    i++;
  }
  i++;
  while (i < text.length && /[a-z]/.test(text.charAt(i))) i++;
  return i;
}

/**
 * A `/` starts a regular expression where an expression may start: after an operator or opening
 * bracket, or a keyword such as `return`; after a name, a number or a closing `)`/`]` it divides.
 */
function regexMayStart(code: string): boolean {
  const before = code.trimEnd();
  const last = before.charAt(before.length - 1);
  if (last === "") return true;
  if (/[\w$]/.test(last)) return KEYWORDS_BEFORE_EXPRESSION.has(/[\w$]+$/.exec(before)?.[0] ?? "");
  return !/[)\]]/.test(last);
}

/**
 * The source with comments, template literals and regular expressions blanked; string literals are
 * kept (the specifiers are strings) unless `blankStrings`, for scans of identifiers.
 */
export function maskSource(text: string, blankStrings = false): string {
  let code = "";
  let i = 0;
  while (i < text.length) {
    const c = text.charAt(i);
    const next = text.charAt(i + 1);
    let end: number;
    if (c === "/" && next === "/") end = text.indexOf("\n", i) < 0 ? text.length : text.indexOf("\n", i);
    else if (c === "/" && next === "*") end = text.indexOf("*/", i + 2) < 0 ? text.length : text.indexOf("*/", i + 2) + 2;
    else if (c === "`") end = endOfTemplate(text, i);
    else if (c === "/" && regexMayStart(code)) end = endOfRegex(text, i);
    else if (c === '"' || c === "'") {
      end = endOfString(text, i);
      code += blankStrings ? `""${blank(text.slice(i + 2, end))}` : text.slice(i, end);
      i = end;
      continue;
    } else {
      code += c;
      i++;
      continue;
    }
    // A template or a pattern stays an expression, so a `/` after it divides: keep one marker character.
    const masked = blank(text.slice(i, end));
    code += c === "`" || (c === "/" && next !== "/" && next !== "*") ? `0${masked.slice(1)}` : masked;
    i = end;
  }
  return code;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The imports of one TypeScript source file. */
export function scanImports(text: string): ScannedSource {
  const code = maskSource(text);
  const imports: SourceImport[] = [];
  const found = (pattern: RegExp, kind: SourceImport["kind"]) => {
    for (const match of code.matchAll(pattern)) {
      const specifier = match[2] ?? "";
      imports.push({ specifier, kind, line: lineAt(code, (match.index ?? 0) + match[0].indexOf(specifier)) });
    }
  };
  found(STATIC, "static");
  found(SIDE_EFFECT, "static");
  found(DYNAMIC, "dynamic");
  const literalDynamic = new Set([...code.matchAll(DYNAMIC)].map((m) => m.index));
  const unscannable = [...code.matchAll(DYNAMIC_START)].filter((m) => !literalDynamic.has(m.index)).map((m) => lineAt(code, m.index ?? 0));
  return { imports, unscannable };
}
