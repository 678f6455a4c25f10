/**
 * Parses JSON text when it is valid and no object in it has a key twice (where `JSON.parse` would
 * keep the last value silently); undefined otherwise.
 */
export function strictJson(text: string): { value: unknown } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  return hasRepeatedKey(text) ? undefined : { value };
}

/**
 * Whether an object of valid JSON text has a key twice. One pass: each object's keys so far are kept
 * on a stack (an array has none); a string followed by `:` is a key of the innermost object.
 */
function hasRepeatedKey(text: string): boolean {
  const open: Array<Set<string> | null> = [];
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === OPEN_BRACE) open.push(new Set());
    else if (char === OPEN_BRACKET) open.push(null);
    else if (char === CLOSE_BRACE || char === CLOSE_BRACKET) open.pop();
    else if (char === QUOTE) {
      const end = stringEnd(text, i);
      let next = end + 1;
      while (next < text.length && isJsonSpace(text.charCodeAt(next))) next++;
      const keys = open.at(-1);
      if (text.charCodeAt(next) === COLON && keys) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes("\\") ? String(JSON.parse(`"${raw}"`)) : raw;
        if (keys.has(key)) return true;
        keys.add(key);
      }
      i = end;
    }
  }
  return false;
}

/** The index of the quote that closes the string opening at `start`. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text.charCodeAt(i) !== QUOTE) i += text.charCodeAt(i) === BACKSLASH ? 2 : 1;
  return i;
}

function isJsonSpace(char: number): boolean {
  return char === 0x20 || char === 0x09 || char === 0x0a || char === 0x0d;
}

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
