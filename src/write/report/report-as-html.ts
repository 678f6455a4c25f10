import type { ReportSlice, RunReport } from "../../aggregate/run-report.js";
import type { Diagnostic } from "../../data/diagnostic.js";
import type { Money } from "../../data/money.js";
import { diagnosticMessage, type Lang } from "../diagnostic-message.js";
import { share } from "../pivot-as-table.js";
import { STATUS_WORDS, statusAmount, statusLines } from "../status-lines.js";
import { formatAmountIn, UNSTATED_LABEL_EN } from "../table-words.js";
import { xmlText } from "../xlsx/xml-text.js";
import { type ChartKind, chartSvg } from "./chart-svg.js";
import { FILTER_SCRIPT, REPORT_CSS } from "./report-style.js";
import { REPORT_WORDS } from "./report-words.js";

/** How the report is written: its language, and the name of the tool's version in its footer. */
export interface ReportHtmlOptions {
  readonly lang: Lang;
  /** `budget 0.1.0`, said in the footer and the `generator` meta. */
  readonly generator: string;
}

/**
 * The run at a glance as one self-contained HTML page: the headline figures, the charts by agency,
 * year, funding source and task group as inline SVG (ECharts, drawn here) each with its figures as a
 * table, the findings (each naming file › sheet › cell) with filters by agency and code (a small
 * inline script; without JavaScript every row shows), and the roster. No external script, font,
 * stylesheet or image: it opens from a USB stick. Computes no figure: every amount is the report's.
 */
export function reportAsHtml(report: RunReport, options: ReportHtmlOptions): string {
  const { lang } = options;
  const words = REPORT_WORDS[lang];
  const money = (value: Money) => formatAmountIn(value, lang);
  const sliceLabel = (slice: ReportSlice, dimension: keyof typeof UNSTATED_LABEL_EN) =>
    !slice.stated && lang === "en" ? UNSTATED_LABEL_EN[dimension] : slice.label;

  const agencySlices = [
    ...report.byAgency.slices.map((slice) => ({ label: sliceLabel(slice, "agency"), amount: slice.amount })),
    ...(report.byAgency.others ? [{ label: words.others(report.byAgency.others.count), amount: report.byAgency.others.amount }] : []),
  ];
  const charts = [
    chartSection("chart-agency", words.byAgency, "bars", agencySlices, report.total, lang),
    chartSection(
      "chart-year",
      words.byPeriod,
      "columns",
      report.byPeriod.map((s) => ({ label: sliceLabel(s, "period"), amount: s.amount })),
      report.total,
      lang,
    ),
    chartSection(
      "chart-source",
      words.bySource,
      "donut",
      report.bySource.map((s) => ({ label: sliceLabel(s, "source"), amount: s.amount })),
      report.total,
      lang,
    ),
    chartSection(
      "chart-group",
      words.byGroup,
      "bars",
      report.byGroup.map((s) => ({ label: sliceLabel(s, "group"), amount: s.amount })),
      report.total,
      lang,
    ),
  ];

  const figure = (kind: string, label: string, value: string, id: string) =>
    `<div class="figure ${kind}"><dt>${text(label)}</dt><dd id="${id}">${text(value)}</dd></div>`;
  const figures = [
    figure("total", `${words.grandTotal} (${lang === "vi" ? "triệu đồng" : "million VND"})`, money(report.total), "figure-total"),
    figure("", words.agencies, count(report.agencies, lang), "figure-agencies"),
    figure("", words.files, count(report.files, lang), "figure-files"),
    figure("errors", words.errors, count(report.errors, lang), "figure-errors"),
    figure("warnings", words.warnings, count(report.warnings, lang), "figure-warnings"),
  ];

  return [
    "<!DOCTYPE html>",
    `<html lang="${lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${text(options.generator)}">`,
    `<title>${text(`${words.title} — ${report.planName}`)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    "</head>",
    "<body>",
    "<header>",
    `<h1>${text(words.title)}</h1>`,
    `<p class="subtitle">${text(report.planName)}</p>`,
    `<p class="unit">${text(words.unit)}</p>`,
    `<dl class="figures">${figures.join("")}</dl>`,
    "</header>",
    "<main>",
    `<section class="charts" aria-label="${text(words.amount)}">${charts.join("\n")}</section>`,
    findingsSection(report, lang),
    rosterSection(report, lang),
    "</main>",
    `<footer>${text(words.generator)} (${text(options.generator)}).</footer>`,
    `<script>${FILTER_SCRIPT}</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/** A chart and the table of its figures (label, amount, share of the grand total). */
function chartSection(
  id: string,
  title: string,
  kind: ChartKind,
  slices: ReadonlyArray<{ readonly label: string; readonly amount: Money }>,
  total: Money,
  lang: Lang,
): string {
  const words = REPORT_WORDS[lang];
  const texts = slices.map((slice) => formatAmountIn(slice.amount, lang));
  const svg =
    slices.length === 0 ? "" : chartSvg(kind, { labels: slices.map((slice) => slice.label), values: slices.map((slice) => slice.amount.toNumber()), texts });
  const rows = slices.map(
    (slice, i) =>
      `<tr><td>${text(slice.label)}</td><td class="num">${text(texts[i] ?? "")}</td><td class="num">${text(share(slice.amount, total, lang))}</td></tr>`,
  );
  return [
    `<figure class="chart" id="${id}">`,
    `<h3>${text(title)}</h3>`,
    svg,
    `<table><thead><tr><th></th><th class="num">${text(words.amount)}</th><th class="num">${text(words.share)}</th></tr></thead>`,
    `<tbody>${rows.join("")}</tbody></table>`,
    "</figure>",
  ].join("\n");
}

/** The findings table with its filters; the agencies of a finding are those of its file. */
function findingsSection(report: RunReport, lang: Lang): string {
  const words = REPORT_WORDS[lang];
  const heading = `<h2 id="findings">${text(words.findings)} (${report.diagnostics.length})</h2>`;
  if (report.diagnostics.length === 0) return `<section>${heading}<p class="note">${text(words.noFindings)}</p></section>`;
  const agenciesOf = (d: Diagnostic) => report.fileAgencies.get(d.file) ?? [];
  const agencies = [...new Set(report.diagnostics.flatMap(agenciesOf))].sort((a, b) => a.localeCompare(b, "vi"));
  const codes = [...new Set(report.diagnostics.map((d) => d.code))].sort();
  const options = (values: readonly string[]) =>
    [`<option value="">${text(words.all)}</option>`, ...values.map((v) => `<option value="${text(v)}">${text(v)}</option>`)].join("");
  const filters = [
    '<div class="filters" id="filters" hidden>',
    `<label>${text(words.filterAgency)} <select id="filter-agency">${options(agencies)}</select></label>`,
    `<label>${text(words.filterCode)} <select id="filter-code">${options(codes)}</select></label>`,
    `<span>${text(words.shown)}: <output id="filter-count">${report.diagnostics.length} / ${report.diagnostics.length}</output></span>`,
    "</div>",
  ].join("");
  const h = words.headings;
  const rows = report.diagnostics.map((d) => {
    const names = agenciesOf(d);
    return [
      `<tr data-code="${d.code}" data-agencies="${text(names.join("\n"))}">`,
      `<td class="sev-${d.severity}">${text(words.severities[d.severity])}</td>`,
      `<td>${d.code}</td>`,
      `<td>${text(names.join("; "))}</td>`,
      `<td class="place">${text(place(d))}</td>`,
      `<td>${text(diagnosticMessage(d, lang))}</td>`,
      "</tr>",
    ].join("");
  });
  return [
    "<section>",
    heading,
    filters,
    `<table id="findings-table"><thead><tr><th>${text(h.severity)}</th><th>${text(h.code)}</th><th>${text(h.agency)}</th><th>${text(h.place)}</th><th>${text(h.message)}</th></tr></thead>`,
    `<tbody>${rows.join("\n")}</tbody></table>`,
    "</section>",
  ].join("\n");
}

/** Where a finding is, as `file › sheet › cell` (less when it names no sheet or cell). */
function place(d: Diagnostic): string {
  return [d.file, d.sheet ?? "", d.cell ?? ""].filter((part) => part !== "").join(" › ");
}

/** The roster as `budget status` shows it: sections, agencies with their state and file, the total, the summary. */
function rosterSection(report: RunReport, lang: Lang): string {
  const words = STATUS_WORDS[lang];
  const { roster } = report;
  const [code, agency, state, file, received, errors, warnings, total] = words.headings;
  const rows = statusLines(roster, lang).map((line) =>
    [
      `<tr class="${line.kind}">`,
      `<td>${text(line.code)}</td><td>${text(line.label)}</td><td>${text(line.state)}</td><td>${text(line.file)}</td>`,
      `<td>${text(line.received)}</td><td class="num">${line.errors ?? ""}</td><td class="num">${line.warnings ?? ""}</td>`,
      `<td class="num">${text(statusAmount(line.total, lang))}</td>`,
      "</tr>",
    ].join(""),
  );
  const notForms = roster.notForms.map((notForm) => `<li>${text(notForm.file)}: ${text(words.notFormKinds[notForm.kind])}</li>`);
  return [
    '<section id="roster">',
    `<h2>${text(REPORT_WORDS[lang].roster)}</h2>`,
    `<p>${text(words.summary(roster.summary))}${roster.deadline ? ` ${text(words.deadline(roster.deadline))}.` : ""}</p>`,
    `<table><thead><tr><th>${text(code)}</th><th>${text(agency)}</th><th>${text(state)}</th><th>${text(file)}</th><th>${text(received)}</th><th class="num">${text(errors)}</th><th class="num">${text(warnings)}</th><th class="num">${text(total)}</th></tr></thead>`,
    `<tbody>${rows.join("\n")}</tbody></table>`,
    notForms.length > 0 ? `<p>${text(words.notForms)}</p><ul>${notForms.join("")}</ul>` : "",
    "</section>",
  ].join("\n");
}

/** A count grouped the language's way (`1.000`, `1,000`). */
function count(n: number, lang: Lang): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/gu, lang === "vi" ? "." : ",");
}

/** Text for HTML content or a quoted attribute. */
function text(value: string): string {
  return xmlText(value);
}
