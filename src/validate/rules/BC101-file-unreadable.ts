import type { Rule } from "../rule.js";

/** The file cannot be read as a spreadsheet. */
export const rule: Rule = {
  code: "BC101",
  name: "file-unreadable",
  severity: "error",
  stage: "read",
  description: {
    vi: "Không đọc được tệp dưới dạng bảng tính: không tìm thấy, không có quyền, tệp rỗng, không phải Excel/ODS, hỏng, có mật khẩu, hoặc vượt giới hạn thời gian/bộ nhớ. Các tệp khác vẫn được kiểm tra; lượt chạy không bao giờ kết thúc với mã 0.",
    en: "The file cannot be read as a spreadsheet: missing, not permitted, empty, not Excel/ODS, corrupt, password-protected, or over the time or memory limit. The other files are still checked; the run never exits 0.",
  },
  message: { vi: "Không đọc được tệp ({reason}).", en: "The file cannot be read ({reason})." },
  hint: { vi: "Mở tệp bằng Excel và lưu lại dưới dạng .xlsx.", en: "Open the file in Excel and save it again as .xlsx." },
  terms: {
    reason: {
      "not-found": { vi: "không tìm thấy tệp", en: "file not found" },
      permission: { vi: "không có quyền đọc", en: "permission denied" },
      "is-directory": { vi: "là một thư mục", en: "is a folder" },
      io: { vi: "lỗi đọc đĩa", en: "read error" },
      empty: { vi: "tệp rỗng", en: "empty file" },
      "not-a-spreadsheet": { vi: "không phải tệp bảng tính", en: "not a spreadsheet" },
      corrupt: { vi: "tệp bị hỏng", en: "corrupt file" },
      "password-protected": { vi: "tệp có mật khẩu", en: "password-protected" },
      "too-large": { vi: "tệp quá lớn", en: "file too large" },
      "time-limit": { vi: "đọc quá thời gian cho phép, xem --file-timeout", en: "took longer than allowed, see --file-timeout" },
      "memory-limit": { vi: "cần nhiều bộ nhớ hơn mức cho phép, xem --file-memory", en: "needs more memory than allowed, see --file-memory" },
      crashed: { vi: "trình đọc bị lỗi", en: "the reader crashed" },
      "no-table": { vi: "không có bảng", en: "no table in it" },
      "sheet-not-found": { vi: "không có trang tính", en: "no such sheet" },
      "range-too-large": { vi: "khai báo một vùng ô quá lớn", en: "declares a range of cells too large" },
      "zip-truncated": { vi: "cấu trúc ZIP bị cắt cụt hoặc hỏng", en: "the ZIP structure is cut off or damaged" },
      "zip-too-many-entries": { vi: "ZIP có quá nhiều mục", en: "too many ZIP entries" },
      "zip-encrypted": { vi: "mục ZIP bị mã hóa", en: "an encrypted ZIP entry" },
      "zip-entry-too-large": { vi: "mục ZIP giải nén quá lớn", en: "a ZIP entry inflates too large" },
      "zip-total-too-large": { vi: "nội dung ZIP giải nén quá lớn", en: "the ZIP inflates too large" },
      "zip-ratio": { vi: "tỷ lệ nén bất thường (bom nén)", en: "an abnormal compression ratio (zip bomb)" },
      "zip-header-mismatch": { vi: "tiêu đề ZIP mâu thuẫn", en: "contradictory ZIP headers" },
      "zip-unsupported-method": { vi: "phương thức nén không hỗ trợ", en: "an unsupported compression method" },
    },
  },
};
