import type { Random } from "./prng.js";

/** An agency of a generated corpus: its name as written on the form and its section of the plan. */
export interface CorpusAgency {
  readonly name: string;
  /** `I` for Party agencies, `II` for the others (the sections of the default plan). */
  readonly section: "I" | "II";
  /** The cover-letter reference written after the name, e.g. `1234/STP-VP ngày 30/6/2025`. */
  readonly reference: string;
}

/** The 34 provinces and centrally-run cities of Vietnam after the 2025 merger. */
const CITIES = ["Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ"];
const PROVINCES = [
  "Lai Châu",
  "Điện Biên",
  "Sơn La",
  "Lạng Sơn",
  "Quảng Ninh",
  "Thanh Hóa",
  "Nghệ An",
  "Hà Tĩnh",
  "Cao Bằng",
  "Tuyên Quang",
  "Lào Cai",
  "Thái Nguyên",
  "Phú Thọ",
  "Bắc Ninh",
  "Hưng Yên",
  "Ninh Bình",
  "Quảng Trị",
  "Quảng Ngãi",
  "Gia Lai",
  "Khánh Hòa",
  "Lâm Đồng",
  "Đắk Lắk",
  "Đồng Nai",
  "Tây Ninh",
  "Vĩnh Long",
  "Đồng Tháp",
  "Cà Mau",
  "An Giang",
];

/**
 * Provincial agencies that send proposal forms. `{P}` is `tỉnh X` / `thành phố X`, `{U}` is `Tỉnh ủy` /
 * `Thành ủy`, `{N}` the bare place name.
 */
const AGENCY_TEMPLATES = [
  "Văn phòng {U} {N}",
  "Ban Tổ chức {U} {N}",
  "Ban Tuyên giáo và Dân vận {U} {N}",
  "Ủy ban Kiểm tra {U} {N}",
  "Văn phòng UBND {P}",
  "Sở Tài chính {P}",
  "Sở Nội vụ {P}",
  "Sở Khoa học và Công nghệ {P}",
  "Sở Tư pháp {P}",
  "Sở Nông nghiệp và Môi trường {P}",
  "Sở Công Thương {P}",
  "Sở Xây dựng {P}",
  "Sở Văn hóa, Thể thao và Du lịch {P}",
  "Sở Y tế {P}",
  "Sở Giáo dục và Đào tạo {P}",
  "Sở Ngoại vụ {P}",
  "Sở Dân tộc và Tôn giáo {P}",
  "Thanh tra {P}",
  "Công an {P}",
  "Bộ Chỉ huy Quân sự {P}",
  "Ban Quản lý các Khu công nghiệp {P}",
  "Chi cục Kiểm lâm {P}",
  "Hội Nông dân {P}",
  "Liên minh Hợp tác xã {P}",
  "Hội Liên hiệp Phụ nữ {P}",
  "Hội Cựu chiến binh {P}",
  "Ủy ban MTTQ Việt Nam {P}",
  "Văn phòng Đoàn ĐBQH và HĐND {P}",
  "Đài Phát thanh và Truyền hình {P}",
  "Trường Chính trị {P}",
  "Trung tâm Phục vụ hành chính công {P}",
  "Quỹ Đầu tư phát triển {P}",
];

/**
 * `count` distinct agencies, in a seeded order: every template of every place, shuffled. There are
 * 34 × 32 = 1,088 of them.
 */
export function nationalAgencies(count: number, random: Random): CorpusAgency[] {
  const all: string[] = [];
  for (const template of AGENCY_TEMPLATES) {
    for (const place of [...CITIES, ...PROVINCES]) {
      const city = CITIES.includes(place);
      all.push(
        template
          .replace("{P}", `${city ? "thành phố" : "tỉnh"} ${place}`)
          .replace("{U}", city ? "Thành ủy" : "Tỉnh ủy")
          .replace("{N}", place),
      );
    }
  }
  if (count > all.length) throw new RangeError(`at most ${all.length} agencies, asked for ${count}`);
  for (let i = all.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    const a = all[i];
    const b = all[j];
    if (a === undefined || b === undefined) continue;
    all[i] = b;
    all[j] = a;
  }
  return all.slice(0, count).map((name) => agency(name, random));
}

/** The agencies of a province's own registry (given by the plan), each with a cover-letter reference. */
export function registryAgencies(names: readonly string[], random: Random): CorpusAgency[] {
  return names.map((name) => agency(name, random));
}

function agency(name: string, random: Random): CorpusAgency {
  const party = /Tỉnh ủy|Thành ủy/.test(name);
  // `Sở Tư pháp tỉnh Gia Lai` → `STP`: the initials of the words before the place.
  const initials = name
    .split(/\s+(?:tỉnh|thành phố)\s+/)[0]
    ?.split(/[\s,]+/)
    .filter((word) => word !== "và" && word !== "")
    .map((word) =>
      word
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/[đĐ]/g, "D")
        .charAt(0)
        .toUpperCase(),
    )
    .join("");
  const letter = party ? "CV" : random.pick(["KHTC", "VP", "CĐS", "KH"]);
  return {
    name,
    section: party ? "I" : "II",
    reference: `${random.int(120, 3900)}/${initials ?? ""}-${letter} ngày ${random.int(1, 30)}/${random.pick([6, 7])}/2025`,
  };
}

const VERBS = [
  "Xây dựng",
  "Nâng cấp",
  "Triển khai",
  "Mua sắm",
  "Thuê dịch vụ",
  "Số hóa",
  "Đầu tư",
  "Phát triển",
  "Mở rộng",
  "Hoàn thiện",
  "Duy trì, vận hành",
  "Tích hợp",
  "Chuyển đổi",
  "Bổ sung",
];
const OBJECTS = [
  "hệ thống quản lý văn bản và điều hành",
  "cơ sở dữ liệu chuyên ngành",
  "phần mềm một cửa điện tử",
  "hạ tầng mạng nội bộ (LAN) và thiết bị đầu cuối",
  "hệ thống hội nghị truyền hình trực tuyến",
  "trung tâm giám sát, điều hành an toàn thông tin (SOC)",
  "hệ thống camera giám sát",
  "kho dữ liệu dùng chung",
  "cổng thông tin điện tử",
  "nền tảng tích hợp, chia sẻ dữ liệu (LGSP)",
  "hồ sơ, tài liệu lưu trữ lịch sử",
  "chữ ký số chuyên dùng cho cán bộ, công chức",
  "phần mềm quản lý hồ sơ cán bộ, công chức, viên chức",
  "ứng dụng di động phục vụ người dân, doanh nghiệp",
  "hệ thống thông tin báo cáo",
  "máy chủ và thiết bị lưu trữ",
  "phần mềm kế toán, quản lý tài sản công",
  "hệ thống sao lưu, dự phòng dữ liệu",
  "phòng họp không giấy",
  "cơ sở dữ liệu đất đai",
  "hệ thống bản đồ số (GIS)",
  "phần mềm quản lý thanh tra, khiếu nại, tố cáo",
  "hệ thống học tập trực tuyến (LMS)",
  "trợ lý ảo ứng dụng trí tuệ nhân tạo",
];
const SCOPES = [
  "phục vụ công tác chỉ đạo, điều hành",
  "cho các xã, phường, đặc khu",
  "kết nối với Cơ sở dữ liệu quốc gia về dân cư",
  "theo Đề án 06/QĐ-TTg",
  "đáp ứng yêu cầu an toàn thông tin cấp độ 3",
  "trên môi trường số",
  "dùng chung toàn ngành",
  "phục vụ giải quyết thủ tục hành chính",
  "bảo đảm kết nối liên thông 4 cấp",
  "giai đoạn 2025 - 2026",
  "tại trụ sở và các đơn vị trực thuộc",
  "phục vụ người dân và doanh nghiệp",
];
const OBJECTIVES = [
  "Bảo đảm hạ tầng kỹ thuật phục vụ công tác chuyển đổi số, kết nối thông suốt từ cấp tỉnh đến cấp xã.",
  "Số hóa toàn bộ hồ sơ, tài liệu; hình thành kho dữ liệu dùng chung, khai thác trên môi trường số.",
  "Rút ngắn thời gian giải quyết thủ tục hành chính; 100% hồ sơ được tiếp nhận, xử lý trực tuyến.",
  "Bảo đảm an toàn, an ninh thông tin cho các hệ thống thông tin theo cấp độ đã được phê duyệt.",
  "Nâng cao năng lực số cho cán bộ, công chức, viên chức; đào tạo, bồi dưỡng 500 lượt người.",
  "Hình thành cơ sở dữ liệu đầy đủ, chính xác, sạch, sống; chia sẻ với các cơ sở dữ liệu quốc gia.",
  "Phục vụ chỉ đạo, điều hành dựa trên dữ liệu; báo cáo trực tuyến theo thời gian thực.",
];
const COMMITMENTS = [
  "Cam kết sử dụng kinh phí đúng mục đích, hiệu quả, đúng quy định.",
  "Bảo đảm hiệu quả đầu tư; tiết kiệm thời gian, chi phí cho người dân và doanh nghiệp.",
  "Có phương án bố trí nhân lực vận hành, khai thác sau đầu tư.",
];

/**
 * A task name not yet in `used` (which it joins): verb, object, scope and the agency, e.g.
 * `Nâng cấp hệ thống hội nghị truyền hình trực tuyến cho các xã, phường, đặc khu của Sở Y tế tỉnh Gia Lai`.
 * The agency keeps names distinct across forms, as the duplicate-task rule expects of a clean corpus.
 */
export function taskName(random: Random, agencyName: string, used: Set<string>): string {
  return unique(used, `của ${agencyName}`, () => `${random.pick(VERBS)} ${random.pick(OBJECTS)} ${random.pick(SCOPES)}`);
}

/** A sub-item name (one part of its parent's work), not yet in `used`, which it joins. */
export function subItemName(random: Random, label: string, index: number, agencyName: string, used: Set<string>): string {
  return unique(used, `của ${agencyName}`, () => `${label} ${index}: ${random.pick(OBJECTS)} ${random.pick(SCOPES)}`);
}

/** How the sub-items of one parent are labelled: `Hạng mục`, `Gói thầu` or `Nội dung`. */
export function subItemLabel(random: Random): string {
  return random.pick(["Hạng mục", "Gói thầu", "Nội dung"]);
}

function unique(used: Set<string>, suffix: string, draw: () => string): string {
  for (let attempt = 1; ; attempt++) {
    const name = attempt <= 20 ? `${draw()} ${suffix}` : `${draw()} ${suffix} (phần ${attempt})`;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

/** An objective-and-scale text. */
export function objective(random: Random): string {
  return random.pick(OBJECTIVES);
}

/** A commitment text. */
export function commitment(random: Random): string {
  return random.pick(COMMITMENTS);
}
