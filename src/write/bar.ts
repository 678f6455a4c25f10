const EIGHTHS = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

/**
 * A horizontal bar of `width` cells for a share between 0 and 1, drawn to the eighth of a cell
 * (`0.5` of 8 → `████`). Shares outside 0…1 are clamped; a positive share never draws as nothing.
 */
export function bar(share: number, width: number): string {
  const eighths = Math.round(Math.min(Math.max(share, 0), 1) * width * 8);
  const shown = share > 0 && eighths === 0 ? 1 : eighths;
  return "█".repeat(Math.floor(shown / 8)) + (EIGHTHS[shown % 8] ?? "");
}
