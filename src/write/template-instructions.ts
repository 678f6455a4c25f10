import type { Plan } from "../plan/schema.js";

/** A line of the instructions sheet and how it is set. */
export type InstructionLine = readonly [text: string, style: "heading" | "text" | "note"];

/**
 * The `Hướng dẫn` sheet of the blank form, in Vietnamese: what to write where, the unit, the
 * numbering, the funding-source codes and the task groups of the plan, and what not to change.
 */
export function templateInstructions(plan: Plan, agency: string): InstructionLine[] {
  const years = plan.years.join(", ");
  const lines: InstructionLine[] = [
    ["HƯỚNG DẪN ĐIỀN BIỂU MẪU ĐỀ XUẤT DỰ ÁN, NHIỆM VỤ", "heading"],
    [plan.name, "note"],
    ["", "text"],
    [
      agency === ""
        ? "1. Ghi tên chính thức của cơ quan, đơn vị vào dòng số 1 của trang “Biểu mẫu”."
        : `1. Biểu mẫu này dành cho: ${agency}. Không sửa tên ở dòng số 1.`,
      "text",
    ],
    [
      "2. Mỗi dự án, nhiệm vụ ghi một dòng, từ dòng ngay dưới dòng đơn vị. Cột STT ghi 1.1, 1.2, 1.3…; nhiệm vụ con ghi ngay dưới nhiệm vụ cha với STT 1.1.1, 1.1.2… hoặc (1), (2).",
      "text",
    ],
    [`3. Số tiền ghi theo đơn vị tính: ${plan.unit}, là số (không ghi chữ, không ghi đơn vị). Ô để trống nghĩa là không có kinh phí.`, "text"],
    [
      `4. Cột “Tổng số” là kinh phí thường xuyên đề xuất; các cột “Trong đó” (năm ${years}) cộng lại phải bằng “Tổng số”. Nhiệm vụ có nhiệm vụ con thì số của nhiệm vụ cha bằng tổng các nhiệm vụ con.`,
      "text",
    ],
    ["5. Cột “Thời gian thực hiện” ghi năm hoặc giai đoạn, ví dụ 2025 hoặc 2025 - 2026.", "text"],
    ["6. Cột “Nguồn vốn”: chọn trong danh sách thả xuống; nhiều nguồn ghi cách nhau bằng dấu phẩy, ví dụ “CTX, NST”.", "text"],
    ["7. Các cột nhóm nhiệm vụ: ghi x nếu toàn bộ nhiệm vụ thuộc nhóm; nếu chỉ một phần thuộc nhóm thì ghi số tiền của phần đó.", "text"],
    ["8. Dòng đơn vị (dòng số 1) và dòng “Tổng cộng” tự cộng bằng công thức từ các nhiệm vụ cấp 1 (STT dạng 1.1, 1.2): không ghi đè các ô này.", "text"],
    ["9. Không thêm, xóa, gộp hay đổi tên các cột tiêu đề. Cần thêm dòng thì chèn dòng ở giữa vùng nhiệm vụ để công thức tự mở rộng.", "text"],
    ["10. Lưu tệp dạng Excel (.xlsx) và gửi lại; không cần gửi bản PDF.", "text"],
    ["", "text"],
    ["MÃ NGUỒN VỐN", "heading"],
    ...plan.fundingSources.map((s): InstructionLine => [`${s.code}: ${s.name}${s.aliases.length > 0 ? ` (còn ghi: ${s.aliases.join(", ")})` : ""}`, "text"]),
  ];
  if (plan.taskGroups.length > 0) {
    lines.push(["", "text"], ["NHÓM NHIỆM VỤ", "heading"]);
    for (const framework of [...new Set(plan.taskGroups.map((g) => g.framework))]) {
      lines.push([`Theo ${plan.frameworks.find((f) => f.key === framework)?.label ?? framework}:`, "note"]);
      for (const group of plan.taskGroups.filter((g) => g.framework === framework)) lines.push([`  – ${group.label}`, "text"]);
    }
  }
  return lines;
}
