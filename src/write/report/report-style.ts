/**
 * The report's stylesheet, inlined: system fonts only (nothing is fetched), a layout that reads on a
 * screen and on A4, and print rules (landscape A4 pages, no filter controls, charts and headline
 * figures kept whole, table headers repeated on every page).
 */
export const REPORT_CSS = `
:root { --ink: #1b1b1b; --muted: #5a5a5a; --line: #c9c9c9; --band: #f3f5f8; --accent: #1f4e79; --error: #a61b1b; --warning: #8a5a00; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1200px; padding: 24px; color: var(--ink); font: 15px/1.45 "Times New Roman", Tinos, "Liberation Serif", serif; }
h1 { font-size: 24px; margin: 0 0 4px; text-transform: uppercase; color: var(--accent); }
h2 { font-size: 19px; margin: 28px 0 10px; border-bottom: 2px solid var(--accent); padding-bottom: 3px; }
h3 { font-size: 16px; margin: 0 0 6px; }
.subtitle, .unit { color: var(--muted); margin: 0; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 12px; margin: 18px 0 24px; }
.figure { border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; background: var(--band); }
.figure dt { color: var(--muted); font-size: 13px; }
.figure dd { margin: 2px 0 0; font-size: 24px; font-weight: bold; font-variant-numeric: tabular-nums; }
.figure.total { grid-column: span 2; }
.figure.total dd { font-size: 30px; color: var(--accent); }
.figure.errors dd { color: var(--error); }
.figure.warnings dd { color: var(--warning); }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(560px, 1fr)); gap: 20px; }
.chart { margin: 0; border: 1px solid var(--line); border-radius: 6px; padding: 12px; break-inside: avoid; page-break-inside: avoid; }
.chart svg { max-width: 100%; height: auto; display: block; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { border: 1px solid var(--line); padding: 4px 6px; vertical-align: top; text-align: left; }
thead th { background: var(--band); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.total td, tr.section td { font-weight: bold; }
tr.superseded td { color: var(--muted); }
.sev-error { color: var(--error); font-weight: bold; }
.sev-warning { color: var(--warning); }
.place { font-family: "Courier New", monospace; font-size: 13px; word-break: break-word; }
.filters { display: flex; flex-wrap: wrap; gap: 16px; align-items: center; margin: 0 0 10px; }
.filters[hidden] { display: none; }
.filters label { display: flex; gap: 6px; align-items: center; }
.filters select { font: inherit; max-width: 420px; }
.note { color: var(--muted); }
footer { margin-top: 32px; color: var(--muted); font-size: 13px; }
@media print {
  @page { size: A4 landscape; margin: 15mm 15mm 15mm 20mm; }
  body { max-width: none; padding: 0; font-size: 12pt; }
  .filters { display: none; }
  h2 { break-after: avoid; page-break-after: avoid; }
  .figures, tr { break-inside: avoid; page-break-inside: avoid; }
  .charts { grid-template-columns: 1fr 1fr; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
}
`;

/**
 * The findings filter, inlined: shows the filter controls (hidden without JavaScript, when every row
 * shows) and hides the rows that do not match the agency and code chosen.
 */
export const FILTER_SCRIPT = `
(function () {
  var box = document.getElementById("filters");
  var table = document.getElementById("findings-table");
  if (!box || !table) return;
  var agency = document.getElementById("filter-agency");
  var code = document.getElementById("filter-code");
  var count = document.getElementById("filter-count");
  var rows = table.tBodies[0].rows;
  box.hidden = false;
  function apply() {
    var shown = 0;
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i];
      var agencies = (row.getAttribute("data-agencies") || "").split("\\n");
      var match = (agency.value === "" || agencies.indexOf(agency.value) >= 0) && (code.value === "" || row.getAttribute("data-code") === code.value);
      row.hidden = !match;
      if (match) shown++;
    }
    count.textContent = shown + " / " + rows.length;
  }
  agency.addEventListener("change", apply);
  code.addEventListener("change", apply);
  apply();
})();
`;
