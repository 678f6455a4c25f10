import { agencyInTwoFiles } from "../cross-file.js";
import type { Rule } from "../rule.js";

/** The same agency appears in two input files added up on purpose (`--versions all`); its items were joined. */
export const rule: Rule = {
  code: "BC405",
  name: "agency-in-two-files",
  severity: "warning",
  stage: "run",
  description: {
    vi: "Cùng một đơn vị có trong hai tệp đầu vào và các tệp được cộng lại (--versions all); các nhiệm vụ đã được gộp. Cảnh báo ở tệp sau. Không có --versions all, tệp mới nhất được dùng và tệp cũ được báo là đã thay thế (BC409).",
    en: "The same agency appears in two input files and the files are added up (--versions all); its items were joined. Reported in the later file. Without --versions all, the newest file is used and the older one is reported as superseded (BC409).",
  },
  message: { vi: 'Đơn vị "{agency}" đã có trong tệp {otherFile}.', en: 'Agency "{agency}" already appears in {otherFile}.' },
  hint: { vi: "Kiểm tra xem có gửi trùng biểu mẫu không.", en: "Check that the form was not sent twice." },
  check: agencyInTwoFiles,
};
