/**
 * The time written into outputs: `SOURCE_DATE_EPOCH` (seconds since 1970, the reproducible-builds
 * convention) when set and valid, else 2000-01-01T00:00:00Z — never the clock, so outputs diff cleanly.
 * The environment is passed in (the CLI's injected one): nothing in write/ reads `process`.
 */
export function outputDate(environment: Readonly<Record<string, string | undefined>>): Date {
  const epoch = Number(environment.SOURCE_DATE_EPOCH);
  return environment.SOURCE_DATE_EPOCH !== undefined && /^\d+$/.test(environment.SOURCE_DATE_EPOCH) && Number.isSafeInteger(epoch)
    ? new Date(epoch * 1000)
    : new Date(Date.UTC(2000, 0, 1));
}
