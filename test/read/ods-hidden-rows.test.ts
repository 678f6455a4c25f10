import { describe, expect, it } from "vitest";
import { odsHiddenRows } from "../../src/read/workbook/ods-hidden-rows.js";

const row = (attributes = "") => `<table:table-row${attributes}><table:table-cell/></table:table-row>`;

describe("odsHiddenRows", () => {
  it("finds collapsed and filtered rows per sheet, counting repeated rows as SheetJS does", () => {
    const xml = [
      '<table:table table:name="A">',
      row(),
      row(' table:number-rows-repeated="3"'),
      row(' table:visibility="collapse"'),
      "<table:table-row-group>",
      row(' table:visibility="filter"'),
      "</table:table-row-group>",
      "</table:table>",
      '<table:table table:name="B">',
      row(' table:number-rows-repeated="20000" table:visibility="collapse"'),
      row(' table:visibility="collapse"'),
      "</table:table>",
    ].join("");
    const [first, second] = odsHiddenRows(xml);
    expect([...(first ?? [])]).toEqual([4, 5]);
    expect(second?.has(20000)).toBe(true);
    expect(second?.has(9999)).toBe(true);
    expect(second?.has(10000)).toBe(false);
  });

  it("does not scan content without hidden rows", () => {
    expect(odsHiddenRows(`<table:table table:name="A">${row()}</table:table>`)).toEqual([]);
  });
});
