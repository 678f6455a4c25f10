/**
 * Sets the modification time of every entry of a ZIP archive (local headers and central directory) to
 * one fixed DOS date and time, in place. exceljs stamps entries with the current time; with the time
 * fixed, the same inputs give a byte-identical workbook. Returns false, changing nothing, when the
 * archive's structure is not the plain one exceljs writes.
 */
export function fixZipTimes(zip: Uint8Array, date: Date): boolean {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return false;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const { time, day } = dosDateTime(date);
  const patches: number[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== 0x02014b50) return false;
    const local = view.getUint32(at + 42, true);
    if (local + 30 > view.byteLength || view.getUint32(local, true) !== 0x04034b50) return false;
    patches.push(at + 12, local + 10);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  for (const offset of patches) {
    view.setUint16(offset, time, true);
    view.setUint16(offset + 2, day, true);
  }
  return true;
}

function findEndOfCentralDirectory(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === 0x06054b50) return at;
  }
  return -1;
}

/** MS-DOS time and date fields (2-second resolution, years from 1980), in UTC. */
function dosDateTime(date: Date): { time: number; day: number } {
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107);
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    day: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/**
 * The time written into outputs: `SOURCE_DATE_EPOCH` (seconds since 1970, the reproducible-builds
 * convention) when set and valid, else 2000-01-01T00:00:00Z — never the clock, so outputs diff cleanly.
 */
export function outputDate(environment: NodeJS.ProcessEnv = process.env): Date {
  const epoch = Number(environment.SOURCE_DATE_EPOCH);
  return environment.SOURCE_DATE_EPOCH !== undefined && /^\d+$/.test(environment.SOURCE_DATE_EPOCH) && Number.isSafeInteger(epoch)
    ? new Date(epoch * 1000)
    : new Date(Date.UTC(2000, 0, 1));
}
