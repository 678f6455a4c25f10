import type { Rule } from "../rule.js";

/** An older file of an agency that sent a newer one: the newer is used, this one is not added. */
export const rule: Rule = {
  code: "BC409",
  name: "superseded-version",
  severity: "info",
  // Found by the run once every file is read, before anything is added (`supersedeOlderVersions`, run/).
  stage: "run",
  description: {
    vi: "Cùng một đơn vị có trong nhiều tệp: tệp mới nhất được dùng, các tệp cũ hơn được coi là bản đã thay thế, không cộng số liệu và không liệt kê các lỗi của chúng. Tệp mới nhất là tệp sửa sau cùng (thời gian sửa tệp; các thời gian cách nhau dưới 2 giây, như khi chép cả thư mục, được coi là như nhau), rồi tệp có dấu phiên bản cao hơn trong tên (v2, lần 2, bổ sung), rồi tệp đứng sau trong danh sách đầu vào. Báo ở tệp cũ, nêu tên tệp được dùng. Muốn cộng cả các tệp (không phải các phiên bản), chạy với --versions all (khi đó báo BC405).",
    en: "The same agency is in several files: the newest is used, the older ones are taken as superseded versions, not added, and their own findings not listed. The newest is the one modified last (file modification time; times less than 2 seconds apart, as when a folder is copied, count as the same), then the one with the higher version mark in its name (v2, lần 2, bổ sung), then the later input. Reported in the older file, naming the file used. To add the files up (they are not versions), run with --versions all (BC405 then reports them).",
  },
  message: {
    vi: 'Đã được thay thế bởi {newer} (mới hơn theo {by}): không cộng số liệu của đơn vị "{agency}" trong tệp này.',
    en: 'Superseded by {newer} (newer by {by}): the figures of agency "{agency}" in this file are not added.',
  },
  hint: {
    vi: "Nếu tệp này mới là bản đúng, xóa hoặc chuyển tệp kia khỏi thư mục; nếu các tệp cần cộng lại, chạy với --versions all.",
    en: "If this file is the right version, remove the other from the folder; if the files are meant to be added up, run with --versions all.",
  },
  terms: {
    by: {
      time: { vi: "thời gian sửa tệp", en: "file modification time" },
      name: { vi: "dấu phiên bản trong tên tệp", en: "the version mark in its name" },
      order: { vi: "thứ tự đầu vào", en: "input order" },
    },
  },
};
