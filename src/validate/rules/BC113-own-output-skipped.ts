import type { Rule } from "../rule.js";

/** The file is one of the tool's own outputs (or the very file this run writes): it was not read. */
export const rule: Rule = {
  code: "BC113",
  name: "own-output-skipped",
  severity: "info",
  stage: "read",
  description: {
    vi: "Tệp là kết quả do chính công cụ ghi ra (phụ lục của budget consolidate, bảng của budget rollup, bảng tình hình nộp của budget status, bảng so sánh của budget diff, bảng thẩm định của budget review) hoặc là tệp mà lần chạy này ghi ra (-o): số liệu trong đó là số liệu của các biểu mẫu, nên tệp không được đọc và không cộng thêm gì. Nhận biết theo nội dung (các trang tính và tiêu đề mà công cụ ghi), không theo tên tệp; phụ lục do nơi khác ban hành vẫn được đọc. budget rollup vẫn đọc phụ lục của công cụ.",
    en: "The file is one of the tool's own outputs (an appendix from budget consolidate, a workbook from budget rollup, a roster from budget status, a comparison from budget diff, a review workbook from budget review) or the very file this run writes (-o): its figures are the forms' figures, so it is not read and adds nothing. Told by content (the sheets and headings the tool writes), not by name; an appendix published elsewhere is still read. budget rollup still reads the tool's appendices.",
  },
  message: { vi: "Bỏ qua tệp: {kind}; không cộng số liệu của tệp này.", en: "File skipped: {kind}; its figures are not added." },
  hint: {
    vi: "Để tệp kết quả ngoài thư mục biểu mẫu; muốn gộp các phụ lục theo năm, dùng budget rollup.",
    en: "Keep outputs outside the forms folder; to combine appendices year by year, use budget rollup.",
  },
  terms: {
    kind: {
      appendix: { vi: "đây là phụ lục tổng hợp do budget consolidate ghi ra", en: "it is an appendix written by budget consolidate" },
      rollup: { vi: "đây là bảng tổng hợp nhiều năm do budget rollup ghi ra", en: "it is a rollup workbook written by budget rollup" },
      status: { vi: "đây là bảng tình hình nộp do budget status ghi ra", en: "it is a roster written by budget status" },
      diff: { vi: "đây là bảng so sánh do budget diff ghi ra", en: "it is a comparison written by budget diff" },
      review: { vi: "đây là bảng thẩm định do budget review ghi ra", en: "it is a review workbook written by budget review" },
      output: { vi: "đây là tệp mà lần chạy này ghi ra (-o)", en: "it is the file this run writes (-o)" },
    },
  },
};
