import type { z } from "zod";
import type { PlanSchema } from "./schema.js";

/**
 * The embedded plan: the Quảng Ngãi 2025–2026 digital-transformation proposal form (seed 000), with
 * the agency registry and sections of the 2025 plan's Phụ lục 2 (seed 001) and the funding-source
 * codes of seeds 001, 003 and 004.
 */
export const DEFAULT_PLAN: z.input<typeof PlanSchema> = {
  name: "Kế hoạch chuyển đổi số tỉnh Quảng Ngãi 2025–2026",
  reference: "Kèm theo Kế hoạch số     /KH-UBND ngày     của UBND tỉnh Quảng Ngãi",
  years: [2025, 2026],
  unit: "triệu đồng",
  fundingSources: [
    { code: "CĐT", name: "Chi đầu tư phát triển", dimension: "type", aliases: ["CDT", "ĐTPT", "DTPT", "Chi đầu tư", "Đầu tư công"] },
    { code: "CTX", name: "Chi thường xuyên", dimension: "type", aliases: ["Chi TX", "Kinh phí thường xuyên"] },
    { code: "NSTW", name: "Ngân sách trung ương", dimension: "level", aliases: ["NS trung ương", "NS TW", "Ngân sách TW"] },
    { code: "NST", name: "Ngân sách tỉnh", dimension: "level", aliases: ["NS tỉnh", "NS cấp tỉnh", "Ngân sách cấp tỉnh"] },
    { code: "NSĐP", name: "Ngân sách địa phương", dimension: "level", aliases: ["NSDP", "NS địa phương"] },
    { code: "NSNN", name: "Ngân sách nhà nước", dimension: "level", aliases: ["NS nhà nước"] },
    { code: "ODA", name: "Vốn ODA", dimension: "level", aliases: ["Vốn ODA", "Vốn vay ODA"] },
    { code: "XHH", name: "Xã hội hóa và nguồn hợp pháp khác", dimension: "level", aliases: ["Xã hội hóa", "Nguồn xã hội hóa", "Nguồn hợp pháp khác"] },
  ],
  frameworks: [
    { key: "KH02", label: "Kế hoạch số 02/KH-BCĐTW ngày 19/6/2025", synonyms: ["02/KH-BCĐTW", "Kế hoạch số 02"] },
    { key: "NQ71", label: "Nghị quyết số 71/NQ-CP ngày 01/4/2025", synonyms: ["71/NQ-CP", "Nghị quyết số 71"] },
    { key: "NQ57", label: "Nghị quyết số 57-NQ/TW", synonyms: ["57-NQ/TW", "57-NQTW", "Nghị quyết số 57"] },
  ],
  taskGroups: [
    { key: "the_che", framework: "KH02", label: "Nhiệm vụ về thể chế", synonyms: ["Thể chế"] },
    { key: "ha_tang", framework: "KH02", label: "Nhóm nhiệm vụ hạ tầng kỹ thuật, công nghệ", synonyms: ["Hạ tầng kỹ thuật, công nghệ", "Hạ tầng"] },
    { key: "du_lieu", framework: "KH02", label: "Nhóm nhiệm vụ về dữ liệu", synonyms: ["Dữ liệu"] },
    {
      key: "nen_tang",
      framework: "KH02",
      label: "Nhóm nhiệm vụ về các nền tảng, ứng dụng phục vụ người dân, doanh nghiệp và hoạt động trong các cơ quan hệ thống chính trị",
      synonyms: ["Nền tảng, ứng dụng", "Nền tảng"],
    },
    { key: "nhan_luc", framework: "KH02", label: "Nhóm nhiệm vụ về nhân lực cho chuyển đổi số", synonyms: ["Nhân lực"] },
    { key: "attt", framework: "KH02", label: "Nhóm nhiệm vụ về bảo đảm an toàn, an ninh thông tin và bảo mật", synonyms: ["An toàn, an ninh thông tin"] },
    { key: "khac_kh02", framework: "KH02", label: "Nhóm các nhiệm vụ khác phù hợp với chủ trương, định hướng, chiến lược tại Kế hoạch số 02/KH-BCĐTW", synonyms: ["Khác"] },
    { key: "csdl_116", framework: "NQ71", label: "Nhóm nhiệm vụ liên quan đến triển khai 116 CSDL quốc gia, CSDL chuyên ngành", synonyms: ["116 CSDL quốc gia, chuyên ngành", "116 CSDL"] },
    { key: "khac_nq71", framework: "NQ71", label: "Nhóm nhiệm vụ khác phù hợp với chủ trương, định hướng, chiến lược tại Nghị quyết số 71/NQ-CP", synonyms: ["Khác"] },
    { key: "khac_nq57", framework: "NQ57", label: "Nhóm nhiệm vụ khác phù hợp với chủ trương, định hướng, chiến lược tại Nghị quyết số 57-NQ/TW", synonyms: ["Khác"] },
  ],
  sections: [
    { code: "I", name: "Cơ quan Khối Đảng" },
    { code: "II", name: "Cơ quan chuyên môn thuộc UBND tỉnh; Hội đoàn thể" },
  ],
  agencies: [
    { name: "Văn phòng Tỉnh ủy", section: "I", aliases: ["VP Tỉnh ủy", "VPTU"] },
    { name: "Sở Tài chính", section: "II", aliases: [] },
    { name: "Sở Nội vụ", section: "II", aliases: ["SNV"] },
    { name: "Sở Khoa học và Công nghệ", section: "II", aliases: ["Sở KH&CN", "Sở KHCN", "SKHCN"] },
    { name: "Sở Tư pháp", section: "II", aliases: ["STP"] },
    { name: "Sở Nông nghiệp và Môi trường", section: "II", aliases: ["Sở NN&MT"] },
    { name: "Chi cục Kiểm lâm", section: "II", aliases: ["CKL"] },
    { name: "Sở Công Thương", section: "II", aliases: [] },
    { name: "Sở Xây dựng", section: "II", aliases: [] },
    { name: "Sở Văn hóa, Thể thao và Du lịch", section: "II", aliases: ["Sở VHTTDL"] },
    { name: "Sở Y tế", section: "II", aliases: [] },
    { name: "Sở Giáo dục và Đào tạo", section: "II", aliases: ["Sở GD&ĐT"] },
    { name: "Sở Ngoại vụ", section: "II", aliases: [] },
    { name: "Văn phòng UBND tỉnh", section: "II", aliases: ["Văn phòng Ủy ban nhân dân tỉnh"] },
    { name: "Thanh tra tỉnh", section: "II", aliases: [] },
    { name: "Sở Dân tộc và Tôn giáo", section: "II", aliases: [] },
    { name: "Công an tỉnh", section: "II", aliases: [] },
    { name: "BQL KKT Dung Quất và các KCN Quảng Ngãi", section: "II", aliases: ["Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi"] },
    { name: "Hội Nông dân tỉnh", section: "II", aliases: [] },
    { name: "Liên minh Hợp tác xã", section: "II", aliases: ["Liên minh HTX"] },
  ],
  output: {
    appendixLabel: "Phụ lục",
    title: "TỔNG HỢP NHIỆM VỤ CHUYỂN ĐỔI SỐ VÀ KINH PHÍ NĂM 2025 – 2026",
    subtitle: "(Kèm theo Kế hoạch số     /KH-UBND ngày     của UBND tỉnh Quảng Ngãi)",
  },
};
