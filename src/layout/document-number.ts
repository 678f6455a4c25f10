/**
 * A document number in a folded label: the number, a year, the kind (`NQ` nghị quyết, `QĐ`, `KH`, `NĐ`,
 * `TT`, `CT`, `TB`, `CV`, `BC`, `HD`, `CĐ`, `TTr`, `TTLT`) and the issuer (`TW`, `CP`, `BCĐTW`), with
 * any `-`, `/` or spaces between them.
 */
const DOCUMENT_NUMBER = /(?<![a-z0-9])(\d+)(?:[ /-]+((?:19|20)\d\d))?[ /-]*(ttlt|ttr|nq|qd|kh|nd|tt|ct|tb|cv|bc|hd|cd)[ /-]*([a-z]+)(?![a-z0-9])/g;

const FOLDED = new Map<string, string>();
const FOLD_CACHE_ENTRIES = 10_000;

/**
 * A folded text (`foldText`) with each document number written one way, its punctuation dropped:
 * `57-nq/tw`, `57-nqtw`, `57/nq-tw` and `57 nq tw` all become `57nqtw`; `123/2025/nd-cp` becomes
 * `123/2025ndcp`. Forms copy a number with the punctuation the typist remembered (seed 000 heads the
 * NQ 57 group `… Nghị quyết số 57-NQTW` where the plan says `57-NQ/TW`), and the number is what tells
 * two frameworks' groups apart.
 */
export function foldDocumentNumbers(folded: string): string {
  const cached = FOLDED.get(folded);
  if (cached !== undefined) return cached;
  const result = folded.replace(DOCUMENT_NUMBER, (_, number: string, year: string | undefined, kind: string, issuer: string) =>
    year === undefined ? `${number}${kind}${issuer}` : `${number}/${year}${kind}${issuer}`,
  );
  if (FOLDED.size >= FOLD_CACHE_ENTRIES) FOLDED.clear();
  FOLDED.set(folded, result);
  return result;
}
