import type { Plan } from "./schema.js";

/**
 * The embedded plan: the Quảng Ngãi 2025–2026 digital-transformation proposal form (seed 000), with
 * the agency registry and sections of the 2025 plan's Phụ lục 2 (seed 001) and the funding-source
 * codes of seeds 001, 003 and 004. Written complete, keys in the schema's order: it is its own
 * validation, so it serves without zod (`defaultPlan`).
 */
export const DEFAULT_PLAN: Plan = {
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
    { key: "the_che", label: "Nhiệm vụ về thể chế", framework: "KH02", synonyms: ["Thể chế"] },
    { key: "ha_tang", label: "Nhóm nhiệm vụ hạ tầng kỹ thuật, công nghệ", framework: "KH02", synonyms: ["Hạ tầng kỹ thuật, công nghệ", "Hạ tầng"] },
    { key: "du_lieu", label: "Nhóm nhiệm vụ về dữ liệu", framework: "KH02", synonyms: ["Dữ liệu"] },
    {
      key: "nen_tang",
      label: "Nhóm nhiệm vụ về các nền tảng, ứng dụng phục vụ người dân, doanh nghiệp và hoạt động trong các cơ quan hệ thống chính trị",
      framework: "KH02",
      synonyms: ["Nền tảng, ứng dụng", "Nền tảng"],
    },
    { key: "nhan_luc", label: "Nhóm nhiệm vụ về nhân lực cho chuyển đổi số", framework: "KH02", synonyms: ["Nhân lực"] },
    { key: "attt", label: "Nhóm nhiệm vụ về bảo đảm an toàn, an ninh thông tin và bảo mật", framework: "KH02", synonyms: ["An toàn, an ninh thông tin"] },
    {
      key: "khac_kh02",
      label: "Nhóm các nhiệm vụ khác phù hợp với chủ trương, định hướng, chiến lược tại Kế hoạch số 02/KH-BCĐTW",
      framework: "KH02",
      synonyms: ["Khác"],
    },
    {
      key: "csdl_116",
      label: "Nhóm nhiệm vụ liên quan đến triển khai 116 CSDL quốc gia, CSDL chuyên ngành",
      framework: "NQ71",
      synonyms: ["116 CSDL quốc gia, chuyên ngành", "116 CSDL"],
    },
    {
      key: "khac_nq71",
      label: "Nhóm nhiệm vụ khác phù hợp với chủ trương, định hướng, chiến lược tại Nghị quyết số 71/NQ-CP",
      framework: "NQ71",
      synonyms: ["Khác"],
    },
    {
      key: "khac_nq57",
      label: "Nhóm nhiệm vụ khác phù hợp với chủ trương, định hướng, chiến lược tại Nghị quyết số 57-NQ/TW",
      framework: "NQ57",
      synonyms: ["Khác"],
    },
  ],
  sections: [
    { code: "I", name: "Cơ quan Khối Đảng" },
    { code: "II", name: "Cơ quan chuyên môn thuộc UBND tỉnh; Hội đoàn thể" },
  ],
  agencies: [
    { name: "Văn phòng Tỉnh ủy", aliases: ["VP Tỉnh ủy", "VPTU"], section: "I" },
    { name: "Sở Tài chính", aliases: [], section: "II" },
    { name: "Sở Nội vụ", aliases: ["SNV"], section: "II" },
    { name: "Sở Khoa học và Công nghệ", aliases: ["Sở KH&CN", "Sở KHCN", "SKHCN"], section: "II" },
    { name: "Sở Tư pháp", aliases: ["STP"], section: "II" },
    { name: "Sở Nông nghiệp và Môi trường", aliases: ["Sở NN&MT"], section: "II" },
    { name: "Chi cục Kiểm lâm", aliases: ["CKL"], section: "II" },
    { name: "Sở Công Thương", aliases: [], section: "II" },
    { name: "Sở Xây dựng", aliases: [], section: "II" },
    { name: "Sở Văn hóa, Thể thao và Du lịch", aliases: ["Sở VHTTDL"], section: "II" },
    { name: "Sở Y tế", aliases: [], section: "II" },
    { name: "Sở Giáo dục và Đào tạo", aliases: ["Sở GD&ĐT"], section: "II" },
    { name: "Sở Ngoại vụ", aliases: [], section: "II" },
    { name: "Văn phòng UBND tỉnh", aliases: ["Văn phòng Ủy ban nhân dân tỉnh"], section: "II" },
    { name: "Thanh tra tỉnh", aliases: [], section: "II" },
    { name: "Sở Dân tộc và Tôn giáo", aliases: [], section: "II" },
    { name: "Công an tỉnh", aliases: [], section: "II" },
    { name: "BQL KKT Dung Quất và các KCN Quảng Ngãi", aliases: ["Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi"], section: "II" },
    { name: "Hội Nông dân tỉnh", aliases: [], section: "II" },
    { name: "Liên minh Hợp tác xã", aliases: ["Liên minh HTX"], section: "II" },
  ],
  columns: {
    code: ["STT", "TT"],
    name: ["TÊN DỰ ÁN/NHIỆM VỤ", "Nội dung", "Cơ quan, đơn vị / Nội dung"],
    objective: ["Mục tiêu, quy mô của dự án/ nhiệm vụ"],
    period: ["Thời gian thực hiện", "Giai đoạn"],
    amount: ["Tổng mức đầu tư dự án/ Tổng kinh phí thực hiện nhiệm vụ", "Kinh phí (triệu đồng)", "Tổng kinh phí"],
    publicInvestment: ["Dự án đầu tư công"],
    recurrentTotal: ["Dự án/ nhiệm vụ sử dụng kinh phí thường xuyên NSTW"],
    fundingSource: ["Nguồn vốn", "Nguồn kinh phí"],
    legalBasis: ["Văn bản có liên quan"],
    leadUnit: ["Chủ trì", "Đơn vị chủ trì"],
    commitment: ["Cam kết và thuyết minh về hiệu quả đầu tư"],
  },
  output: {
    appendixLabel: "Phụ lục",
    title: "TỔNG HỢP NHIỆM VỤ CHUYỂN ĐỔI SỐ VÀ KINH PHÍ NĂM 2025 – 2026",
    subtitle: "(Kèm theo Kế hoạch số     /KH-UBND ngày     của UBND tỉnh Quảng Ngãi)",
    formTitle: "BIỂU MẪU ĐỀ XUẤT DỰ ÁN, NHIỆM VỤ CHUYỂN ĐỔI SỐ",
    formSubtitle: "(kèm Công văn số        /SKHCN-BCVT&CĐS ngày     tháng 7 năm 2025 của Sở Khoa học và Công nghệ tỉnh Quảng Ngãi)",
  },
  ceilings: { agencies: [], sources: [] },
};
