/** How much of the start is looked at to tell UTF-16 text without a byte-order mark. */
const SAMPLE_BYTES = 4096;
/** The least share of high bytes that must be zero: text of Latin letters, digits and punctuation. */
const MIN_ZERO_SHARE = 0.3;

/**
 * Whether bytes without a BOM are UTF-16 text, and in which byte order: saved by some exporters and
 * scripts, a CSV of Vietnamese has a zero high byte for every ASCII character (digits, separators,
 * most letters) and a non-zero low byte for every character. Little-endian: at least 30% of the bytes at
 * odd offsets of the first 4 KB are zero and none at even offsets (big-endian the other way round),
 * and the length is even. Null otherwise; a UTF-16 file with a BOM is told by its BOM.
 */
export function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const end = Math.min(bytes.length, SAMPLE_BYTES);
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < end; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) zeroEven++;
    else zeroOdd++;
  }
  const pairs = end / 2;
  if (zeroEven === 0 && zeroOdd >= pairs * MIN_ZERO_SHARE) return "utf-16le";
  if (zeroOdd === 0 && zeroEven >= pairs * MIN_ZERO_SHARE) return "utf-16be";
  return null;
}
