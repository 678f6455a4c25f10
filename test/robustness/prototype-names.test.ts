import { describe, expect, it } from "vitest";
import { formRows, PROTOTYPE_NAMES, prototypeNamesXlsx } from "../../scripts/hostile-sheets.js";
import { pivot } from "../../src/aggregate/pivot.js";
import { pivotFacts } from "../../src/aggregate/pivot-facts.js";
import { rollup } from "../../src/aggregate/rollup.js";
import { factsOfConsolidation, factsOfExport } from "../../src/aggregate/rollup-inputs.js";
import { defaultPlan } from "../../src/plan/load-plan.js";
import { PlanIndex } from "../../src/plan/plan-index.js";
import { diagnosticMessage } from "../../src/write/diagnostic-message.js";
import { pivotAsCsv } from "../../src/write/pivot-as-csv.js";
import { pivotAsJson } from "../../src/write/pivot-as-json.js";
import { rollupAsJson } from "../../src/write/rollup-as-json.js";
import { totalsAsJson } from "../../src/write/totals-as-json.js";
import { expectPrototypeUntouched, runInputs, writeInputs } from "./hostile-run.js";

const NAMES = ["__proto__", "constructor", "toString"] as const;

describe("names from input that every JavaScript object already has", () => {
  for (const name of NAMES) {
    for (const workers of [0, 1]) {
      it(`a sheet named __proto__, other sheets named ${PROTOTYPE_NAMES.slice(1).join(", ")}, agency and header "${name}" (${workers} workers)`, async () => {
        const [file = ""] = writeInputs([["ten-la.xlsx", prototypeNamesXlsx(name)]]);
        const { run } = await runInputs([file], { workers });
        expectPrototypeUntouched();
        expect(run.consolidation.totals.total.toFixed()).toBe("300");
        expect(run.files.map((f) => f.sheets)).toEqual([["__proto__"]]);
        const agencies = run.consolidation.sections.flatMap((s) => s.agencies);
        expect(agencies.map((a) => [a.name, a.known, a.totals.total.toFixed()])).toEqual([[name, false, "300"]]);
        expect(run.diagnostics.map((d) => [d.code, d.cell ?? "", d.args?.label ?? d.args?.sheets ?? ""])).toEqual([
          ["BC104", "J3", name],
          ["BC109", "", "constructor, toString, hasOwnProperty, valueOf"],
          ["BC406", "A5", ""],
        ]);
        expect(run.diagnostics.map((d) => diagnosticMessage(d, "en"))[0]).toBe(`Unknown column: "${name}".`);

        // Every export carries the name as a value, never as a key that could reach a prototype.
        const totals: unknown = JSON.parse(totalsAsJson(run.consolidation, run.diagnostics));
        expect(totals).toMatchObject({ total: "300", sections: [{ agencies: [{ name, total: "300" }] }] });
        const table = pivot(pivotFacts(run.consolidation, defaultPlan()), ["agency", "year"]);
        expect(JSON.parse(pivotAsJson(table))).toMatchObject({
          rows: [
            { keys: { agency: name, year: "2025" }, amount: "180" },
            { keys: { agency: name, year: "2026" }, amount: "120" },
          ],
        });
        expect(pivotAsCsv(table)).toContain(`subtotal,1,${name},,300\nline,2,${name},2025,180\n`);
        const rolled = rollup([{ file, label: "ten-la", facts: factsOfConsolidation(run.consolidation, defaultPlan()) }], new PlanIndex(defaultPlan()), [
          "agency",
        ]);
        expect(JSON.parse(rollupAsJson(rolled, []))).toMatchObject({
          amount: "300",
          nodes: [{ key: name, amount: "300", byYear: { "2025": "180", "2026": "120" } }],
        });
        expectPrototypeUntouched();
      });
    }
  }

  it("a ZIP entry named like a prototype property is shown as written in a BC101 message, never as inherited words", () => {
    for (const name of NAMES) {
      const message = diagnosticMessage({ file: "x.xlsx", code: "BC101", severity: "error", args: { reason: `zip-encrypted, ${name}` } }, "en");
      expect(message).toBe(`The file cannot be read (an encrypted ZIP entry, ${name}).`);
    }
    expect(diagnosticMessage({ file: "x.xlsx", code: "BC101", severity: "error", args: { reason: "constructor" } }, "vi")).toBe(
      "Không đọc được tệp (constructor).",
    );
  });

  it("a CSV form whose header labels and agency are __proto__ and constructor", async () => {
    const rows = formRows({ agency: "__proto__", extraHeader: "constructor" });
    const csv = rows.map((row) => row.map((cell) => (cell === null ? "" : String(cell))).join(";")).join("\r\n");
    const { run } = await runInputs(writeInputs([["bieu-mau.csv", csv]]));
    expectPrototypeUntouched();
    expect(run.consolidation.totals.total.toFixed()).toBe("300");
    expect(run.consolidation.sections.flatMap((s) => s.agencies).map((a) => a.name)).toEqual(["__proto__"]);
  });

  it("a JSON export read back by rollup with __proto__ and constructor as keys and values", () => {
    const exported = JSON.parse(
      '{"kind":"pivot","schemaVersion":1,"unit":"triệu đồng","rows":[' +
        '{"keys":{"__proto__":{"polluted":"yes"},"agency":"__proto__","year":"2025"},"amount":"7"},' +
        '{"keys":{"constructor":"x","agency":"constructor","year":"2026"},"amount":"5"}]}',
    );
    const facts = factsOfExport(exported);
    expectPrototypeUntouched();
    expect(facts.ok && facts.facts.map((f) => [f.agency, f.year, f.amount.toFixed()])).toEqual([
      ["__proto__", "2025", "7"],
      ["constructor", "2026", "5"],
    ]);
    const totals = JSON.parse(
      '{"schemaVersion":1,"unit":"triệu đồng","sections":[{"code":"II","agencies":[{"name":"toString","section":"II","total":"9","byYear":{"__proto__":"4","2025":"5"},"byCombination":[]}]}]}',
    );
    const read = factsOfExport(totals);
    expectPrototypeUntouched();
    expect(read.ok && read.facts.map((f) => [f.agency, f.year, f.amount.toFixed()])).toEqual([
      ["toString", "2025", "5"],
      ["toString", "", "4"],
    ]);
  });
});
