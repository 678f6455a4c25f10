import type { Lang } from "../write/diagnostic-message.js";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Why `--deadline` cannot be used, in `lang`; undefined when it is absent or a real day `YYYY-MM-DD`. */
export function deadlineProblem(deadline: string | undefined, lang: Lang): string | undefined {
  if (deadline === undefined || isDay(deadline)) return undefined;
  return lang === "vi"
    ? `--deadline: cần một ngày dạng YYYY-MM-DD (ví dụ 2025-07-15), không phải "${deadline}".\n`
    : `--deadline: expected a day as YYYY-MM-DD (e.g. 2025-07-15), not "${deadline}".\n`;
}

/** Whether `text` is a real calendar day `YYYY-MM-DD` (not 2025-02-30). */
function isDay(text: string): boolean {
  const match = DAY.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
