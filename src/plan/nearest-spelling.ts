import { foldText } from "../data/text.js";

/**
 * The candidate a mistyped word most likely meant, for a "did you mean" hint: the closest by edit
 * distance (a swap of two neighbouring letters counts as one edit, so `yeras` → `years`), compared
 * without case, diacritics, spaces, `_` or `-` (`funding_sources` → `fundingSources`, `trieu dong` →
 * `triệu đồng`). Undefined when nothing is close enough to be a typo: no edit for words of up to 2
 * letters, at most 1 up to 4, 2 up to 8, 3 beyond. Ties go to the earlier candidate.
 */
export function nearestSpelling(word: string, candidates: readonly string[]): string | undefined {
  const typed = squeeze(word);
  // One edit turns a two-letter code into most others (`IX` → `I`): those must match but for case or accents.
  const allowed = typed.length <= 2 ? 0 : typed.length <= 4 ? 1 : typed.length <= 8 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = allowed + 1;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const distance = editDistance(typed, squeeze(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function squeeze(text: string): string {
  return foldText(text).replace(/[\s_-]/g, "");
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
function editDistance(a: string, b: string): number {
  // Three rows of the dynamic-programming table: two back for the swap, one back, and this one.
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) distance = Math.min(distance, (before[j - 2] ?? 0) + 1);
      current.push(distance);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}
