import type { FigureKey } from "../aggregate/figures.js";
import { UNSTATED, UNSTATED_LABEL } from "../aggregate/pivot-facts.js";
import type { Lang } from "./diagnostic-message.js";
import { UNSTATED_LABEL_EN } from "./table-words.js";

/** A period as printed: the year or range as written, or what an unstated one is called. */
export function periodLabel(period: string, lang: Lang): string {
  if (period !== UNSTATED) return period;
  return lang === "vi" ? UNSTATED_LABEL.year : UNSTATED_LABEL_EN.year;
}

/** A figure's key as printed: its period, and its funding sources when stated (`2026 · CTX, NST`). */
export function figureLabel(key: FigureKey, lang: Lang): string {
  const period = periodLabel(key.period, lang);
  return key.source === UNSTATED ? period : `${period} · ${key.source}`;
}
