import type { Rule } from "../rule.js";

/** Cells typed in a legacy Vietnamese font encoding (TCVN3/ABC or VNI-Windows) were converted to Unicode. */
export const rule: Rule = {
  code: "BC107",
  name: "legacy-encoding-converted",
  severity: "info",
  stage: "read",
  description: {
    vi: "Các ô gõ bằng bảng mã cũ (TCVN3/ABC hoặc VNI-Windows) đã được chuyển sang Unicode.",
    en: "Cells typed in a legacy Vietnamese font encoding (TCVN3/ABC or VNI-Windows) were converted to Unicode.",
  },
  message: { vi: "Đã chuyển {count} ô từ bảng mã {encoding} sang Unicode[ ({cells})].", en: "Converted {count} cells from {encoding} to Unicode[ ({cells})]." },
  hint: { vi: "Lưu biểu mẫu bằng phông Unicode (Times New Roman).", en: "Save the form with a Unicode font (Times New Roman)." },
};
