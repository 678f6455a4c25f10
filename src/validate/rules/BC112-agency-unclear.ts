import type { Rule } from "../rule.js";

/** Nothing in the form itself says which agency it is from. */
export const rule: Rule = {
  code: "BC112",
  name: "agency-unclear",
  severity: "warning",
  stage: "parse",
  description: {
    vi: "Biểu mẫu không tự ghi tên đơn vị (không có dòng đơn vị trong bảng, không có tên đơn vị trong tiêu đề hay dấu của budget template): số liệu được ghi cho đơn vị nêu ở dòng “kèm Công văn … của …” (có thể là đơn vị gửi biểu mẫu, không phải đơn vị đề xuất), hoặc cho tên tệp. Biểu mẫu do budget template lập không bao giờ lấy đơn vị từ dòng công văn.",
    en: "The form does not name its agency itself (no agency row in the table, no agency in its title, no budget template mark): its figures are credited to the agency of its “kèm Công văn … của …” line (which may be who sent the form out, not who proposes), or to the file name. A form budget template made never takes its agency from the cover-letter line.",
  },
  message: {
    vi: 'Không rõ đơn vị của biểu mẫu; số liệu được ghi cho "{agency}"[, tên lấy từ dòng “kèm Công văn … của {cover}”].',
    en: 'The form\'s agency is unclear; its figures are credited to "{agency}"[, the name taken from the line “kèm Công văn … của {cover}”].',
  },
  hint: {
    vi: "Ghi tên đơn vị vào dòng 1 của bảng (ví dụ: 1 | Sở Tư pháp), hoặc lập biểu mẫu bằng budget template --agency.",
    en: "Write the agency's name in row 1 of the table (e.g. 1 | Sở Tư pháp), or make the form with budget template --agency.",
  },
};
