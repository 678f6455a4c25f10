import type { Rule } from "../rule.js";

/** Cells outside Excel's grid were left out, or text longer than Excel allows in a cell was cut. */
export const rule: Rule = {
  code: "BC110",
  name: "beyond-sheet-limits",
  severity: "warning",
  stage: "read",
  description: {
    vi: "Tệp có nội dung vượt giới hạn của Excel: ô nằm ngoài A1:XFD1048576 (bị bỏ qua) hoặc văn bản dài hơn 32.767 ký tự trong một ô (bị cắt bớt). Excel không thể lưu nội dung như vậy, nên tệp đã bị chỉnh sửa bằng công cụ khác.",
    en: "The file holds content beyond Excel's limits: cells outside A1:XFD1048576 (left out) or more than 32,767 characters of text in one cell (cut). Excel cannot save such content, so the file was made or altered by another tool.",
  },
  message: {
    vi: "Nội dung vượt giới hạn của Excel ({reason}): {count} ô[ ({cells})].",
    en: "Content beyond Excel's limits ({reason}): {count} cells[ ({cells})].",
  },
  hint: { vi: "Mở tệp bằng Excel, kiểm tra số liệu và lưu lại.", en: "Open the file in Excel, check the figures and save it again." },
  terms: {
    reason: {
      "outside-grid": { vi: "ô nằm ngoài A1:XFD1048576, đã bỏ qua", en: "cells outside A1:XFD1048576, left out" },
      "text-too-long": { vi: "văn bản dài hơn 32.767 ký tự, đã cắt bớt", en: "text longer than 32,767 characters, cut" },
    },
  },
};
