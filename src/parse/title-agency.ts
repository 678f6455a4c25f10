import { foldText } from "../data/text.js";
import type { AgencySpelling, PlanIndex } from "../plan/plan-index.js";

/** A cover-letter line of a title block: `(kèm theo Công văn số … của Sở …)`. */
export function isCoverLetter(line: string): boolean {
  return /\bkem( theo)? (cong van|van ban|to trinh|quyet dinh|ke hoach)\b/.test(foldText(line));
}

/** Spellings shorter than this (folded) are not looked for in a title. */
const MIN_TITLE_SPELLING = 6;

/** The registry agency named in the title block (`… SỞ KHOA HỌC VÀ CÔNG NGHỆ NĂM 2025`), if any: the longest spelling found, the first in the registry among equals. */
export function agencyFromTitle(lines: readonly string[], index: PlanIndex): string | undefined {
  const title = ` ${lines.map(foldText).join(" ")} `;
  let best: AgencySpelling | undefined;
  // Only the spellings that start with one of the title's words are tried, not the whole registry
  // (with 1,000 agencies that showed in profiles); a short one (`STP`) would match by chance.
  for (const word of new Set(title.split(" "))) {
    for (const spelling of index.agencySpellingsFrom(word)) {
      if (spelling.key.length < MIN_TITLE_SPELLING) continue;
      const better = !best || spelling.key.length > best.key.length || (spelling.key.length === best.key.length && spelling.order < best.order);
      if (better && title.includes(` ${spelling.key} `)) best = spelling;
    }
  }
  return best?.name;
}

/** Who issued the plan a title block names: as written, and the registry agency that stands for it, when one does. */
export interface Issuer {
  readonly written: string;
  readonly agency: string | undefined;
}

/** The words of a document that has an issuer: `Kế hoạch … của …`, `Quyết định … của …`. */
const DOCUMENT = /\b(ke hoach|quyet dinh|cong van|to trinh|van ban|thong bao|nghi quyet|chuong trinh)\b/;
/** `của <issuer>` up to a bracket or the end of the line, in any case (`CỦA TỈNH ỦY`). */
const OF_ISSUER = /(?:^|\s)của\s+([^()]+)/giu;

/**
 * The issuer of the plan a title block names: `(ban hành kèm theo Kế hoạch số 237-KH/TU … / của Ban
 * Thường vụ Tỉnh ủy Quảng Ngãi)` or `KẾ HOẠCH … CỦA SỞ …`, the last such `của` whose line, or the line
 * before, names a document. The registry agency it stands for is the one it names, or the office that
 * keeps its budget: `Văn phòng X` for an issuer X that the registry lacks (`Tỉnh ủy` → `Văn phòng Tỉnh
 * ủy`, `UBND tỉnh` → `Văn phòng UBND tỉnh`).
 */
export function issuerOfTitle(lines: readonly string[], index: PlanIndex): Issuer | undefined {
  let written: string | undefined;
  lines.forEach((line, i) => {
    if (!DOCUMENT.test(foldText(`${lines[i - 1] ?? ""} ${line}`))) return;
    for (const match of line.matchAll(OF_ISSUER)) {
      const name = (match[1] ?? "").replace(/[\s.,;:]+$/u, "").trim();
      if (name !== "") written = name;
    }
  });
  if (written === undefined) return undefined;
  return { written, agency: index.agency(written)?.name ?? agencyFromTitle([written], index) ?? officeOf(written, index) };
}

/** The registry's `Văn phòng X` whose X the issuer's name holds (the longest such X), if any. */
function officeOf(issuer: string, index: PlanIndex): string | undefined {
  const folded = ` ${foldText(issuer)} `;
  let best: AgencySpelling | undefined;
  for (const spelling of index.agencySpellingsFrom("van")) {
    const body = spelling.key.startsWith("van phong ") ? spelling.key.slice("van phong ".length) : "";
    if (body === "" || !folded.includes(` ${body} `)) continue;
    if (!best || spelling.key.length > best.key.length) best = spelling;
  }
  return best?.name;
}
