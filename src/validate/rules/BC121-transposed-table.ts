import type { Rule } from "../rule.js";

/**
 * A transposed table: its rows are years or periods (`2021`, `Năm 2022`, `2026-2030`) and its columns
 * funding sources or amounts, with no task in any row. The tool reads tasks as rows and years as columns;
 * read as it is, such a table would put every year's money on a "task" named by the year, so it is refused.
 */
export const rule: Rule = {
  code: "BC121",
  name: "transposed-table",
  severity: "error",
  stage: "layout",
  description: {
    vi: "Bảng xoay: mỗi dòng là một năm hoặc giai đoạn, các cột là nguồn vốn hoặc số tiền, không có nhiệm vụ. Công cụ không đọc bảng dạng này (để không ra tổng sai); biểu bị bỏ qua.",
    en: "A transposed table: each row is a year or period, the columns are funding sources or amounts, and no row is a task. The tool does not read this shape (rather than give a wrong total); the sheet is skipped.",
  },
  message: {
    vi: 'Bảng có năm theo dòng (cột "{column}": {years}) và nguồn vốn hoặc số tiền theo cột; công cụ chưa đọc bảng xoay nên bỏ qua biểu này.',
    en: 'The table has years as rows (column "{column}": {years}) and sources or amounts as columns; transposed tables are not read, so this sheet is skipped.',
  },
  hint: {
    vi: "Chuyển bảng về dạng biểu mẫu: mỗi nhiệm vụ một dòng (STT, Tên nhiệm vụ), các năm thành cột (Trong đó › 2025, 2026), nguồn vốn ghi ở cột Nguồn vốn; trong Excel có thể dùng Dán đặc biệt › Chuyển vị (Transpose).",
    en: "Put the table in the form's shape: one task per row (STT, task name), the years as columns (Trong đó › 2025, 2026), the source in a Nguồn vốn column; Excel's Paste Special › Transpose helps.",
  },
};
