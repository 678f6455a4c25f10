import { agencyInTwoFiles } from "../cross-file.js";
import type { Rule } from "../rule.js";

/** The same agency appears in two input files; its items were joined. */
export const rule: Rule = {
  code: "BC405",
  name: "agency-in-two-files",
  severity: "warning",
  stage: "run",
  description: {
    vi: "Cùng một đơn vị có trong hai tệp đầu vào; các nhiệm vụ đã được gộp. Cảnh báo ở tệp sau.",
    en: "The same agency appears in two input files; its items were joined. Reported in the later file.",
  },
  message: { vi: 'Đơn vị "{agency}" đã có trong tệp {otherFile}.', en: 'Agency "{agency}" already appears in {otherFile}.' },
  hint: { vi: "Kiểm tra xem có gửi trùng biểu mẫu không.", en: "Check that the form was not sent twice." },
  check: agencyInTwoFiles,
};
