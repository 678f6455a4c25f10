import type { RowCode } from "../data/budget-row.js";

export type { RowCode };

const ROMAN = new Map<string, number>([
  ["I", 1],
  ["V", 5],
  ["X", 10],
  ["L", 50],
  ["C", 100],
]);

/**
 * Parses a row code: parts above the sections (`A`, `B.`), Roman sections (`I`, `II.`), numeric paths
 * (`1`, `1.1`, `7.4.1`, `1.` and `1,1` typed for `1.1`), parenthesised sub-items (`(1)`), letters (`a)`,
 * `a.`, `a`), bullets (`-`, `+`, `*`). A capital that is also a Roman numeral (`C`) is read as the
 * numeral; the tree decides, by what came before, that `C` after `B` is a part.
 * Full-width digits and punctuation (`１．２`, typed with an East Asian input method) are read as ASCII.
 */
export function parseRowCode(input: string): RowCode {
  const text = input
    .replace(/[\uff01-\uff5e]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, "")
    .trim();
  if (text === "") return { kind: "none", text: "" };
  if (/^[-+*•–]$/.test(text)) return { kind: "bullet", text };
  const paren = /^\((\d{1,3})\)$/.exec(text);
  if (paren?.[1]) return { kind: "paren", number: Number(paren[1]), text };
  const letter = /^([a-zđ])[).]?$/.exec(text);
  if (letter?.[1]) return { kind: "letter", letter: letter[1], text };
  const part = /^([ABD-HJKMNO-UWYZĐ])[.)]?$/.exec(text);
  if (part?.[1]) return { kind: "part", letter: part[1], text };
  const roman = /^([IVXLC]+)\.?$/.exec(text);
  if (roman?.[1]) {
    const number = romanValue(roman[1]);
    if (number !== undefined) return { kind: "section", number, text };
  }
  const path = /^(\d{1,4}(?:[.,]\d{1,4})*)[.,]?$/.exec(text);
  if (path?.[1]) {
    const parts = path[1].split(/[.,]/).map(Number);
    return { kind: "path", parts, text, commaTyped: path[1].includes(",") };
  }
  return { kind: "malformed", text };
}

/** The canonical text of a numeric path (`1.1`). */
export function pathText(parts: readonly number[]): string {
  return parts.join(".");
}

function romanValue(roman: string): number | undefined {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = ROMAN.get(roman.charAt(i)) ?? 0;
    const next = ROMAN.get(roman.charAt(i + 1)) ?? 0;
    total += value < next ? -value : value;
  }
  return toRoman(total) === roman ? total : undefined;
}

/** Writes a positive integer in Roman numerals (sections of the appendix). */
export function toRoman(value: number): string {
  const table: ReadonlyArray<readonly [number, string]> = [
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let rest = value;
  let out = "";
  for (const [n, s] of table) {
    while (rest >= n) {
      out += s;
      rest -= n;
    }
  }
  return out;
}
