/** The field separators a CSV, TSV or TXT export may use (`|` from database and mainframe exports). */
export type Delimiter = "," | ";" | "\t" | "|";

const CANDIDATES: readonly Delimiter[] = [";", "\t", ",", "|"];
/** How many records the delimiter is guessed from. */
const SNIFF_RECORDS = 50;
const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/**
 * Splits delimited text into records of fields (RFC 4180): fields in double quotes may hold the
 * delimiter, line breaks and doubled quotes; records end at CRLF, LF or CR. Fields are returned
 * exactly as written (no trimming, no number guessing). Stops after `maxRecords` records.
 */
export function parseDelimited(text: string, delimiter: Delimiter, maxRecords = Number.POSITIVE_INFINITY): string[][] {
  const records: string[][] = [];
  const sep = delimiter.charCodeAt(0);
  let record: string[] = [];
  let i = 0;
  const n = text.length;
  while (i < n && records.length < maxRecords) {
    let field: string;
    if (text.charCodeAt(i) === QUOTE) {
      // Quoted field: runs to the closing quote; `""` is one quote.
      let value = "";
      let from = i + 1;
      for (;;) {
        const close = text.indexOf('"', from);
        if (close < 0) {
          value += text.slice(from);
          i = n;
          break;
        }
        value += text.slice(from, close);
        if (text.charCodeAt(close + 1) === QUOTE) {
          value += '"';
          from = close + 2;
          continue;
        }
        i = close + 1;
        break;
      }
      // Text between the closing quote and the delimiter is kept, as spreadsheet programs do.
      const end = fieldEnd(text, i, sep);
      field = value + text.slice(i, end);
      i = end;
    } else {
      const end = fieldEnd(text, i, sep);
      field = text.slice(i, end);
      i = end;
    }
    record.push(field);
    const c = text.charCodeAt(i);
    if (c === sep) {
      i++;
      if (i === n) record.push("");
      continue;
    }
    if (c === CR) i += text.charCodeAt(i + 1) === LF ? 2 : 1;
    else if (c === LF) i++;
    records.push(record);
    record = [];
  }
  if (record.length > 0) records.push(record);
  return records;
}

function fieldEnd(text: string, from: number, sep: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === sep || c === CR || c === LF) return i;
  }
  return text.length;
}

/**
 * Guesses the delimiter of a text table from its first records: the candidate (`;`, tab, `,`, `|`) that
 * splits the most records into the same number of fields (more than one). Returns undefined when no
 * candidate splits any record: the text is not a table.
 */
export function sniffDelimiter(text: string): Delimiter | undefined {
  let best: { delimiter: Delimiter; score: number } | undefined;
  for (const delimiter of CANDIDATES) {
    const counts = new Map<number, number>();
    for (const record of parseDelimited(text, delimiter, SNIFF_RECORDS)) {
      if (record.length > 1) counts.set(record.length, (counts.get(record.length) ?? 0) + 1);
    }
    let score = 0;
    for (const [width, count] of counts) score = Math.max(score, count * 1000 + width);
    if (score > 0 && (!best || score > best.score)) best = { delimiter, score };
  }
  return best?.delimiter;
}

/** A field that is a number as a table writes one: digits with separators, a sign or parentheses. */
const NUMBER_FIELD = /^[-+(]?\d[\d.,\s]*\)?$/;

/**
 * Whether delimited text that no delimiter splits is still a table of one column: at least two
 * records, one of them after the first a number (`Kinh phí` over its amounts). Prose (a covering
 * note saved as .csv) has no line that is only a number, so it stays no table.
 */
export function isOneColumnTable(text: string): boolean {
  const fields = parseDelimited(text, ",", SNIFF_RECORDS)
    .map((record) => (record[0] ?? "").trim())
    .filter((field) => field !== "");
  return fields.length >= 2 && fields.slice(1).some((field) => NUMBER_FIELD.test(field));
}
