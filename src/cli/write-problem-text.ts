import type { WriteProblem } from "../write/atomic-write.js";
import type { Lang } from "../write/diagnostic-message.js";

/** Explains why an output was not written, in the user's language, with what to do. */
export function writeProblemText(problem: WriteProblem, lang: Lang): string {
  const vi = lang === "vi";
  switch (problem.kind) {
    case "no-folder":
      return vi
        ? `Không ghi được ${problem.target}: thư mục ${problem.folder} không tồn tại. Tạo thư mục trước, hoặc chọn nơi ghi khác.\n`
        : `Cannot write ${problem.target}: the folder ${problem.folder} does not exist. Create it first, or choose another place.\n`;
    case "is-folder":
      return vi
        ? `Không ghi được ${problem.target}: đó là một thư mục, không phải tệp. Hãy thêm tên tệp vào sau đường dẫn.\n`
        : `Cannot write ${problem.target}: it is a folder, not a file. Add the file's name to the path.\n`;
    case "is-input":
      return vi ? `Không ghi: ${problem.target} là một tệp đầu vào.\n` : `Not written: ${problem.target} is one of the inputs.\n`;
    case "exists":
      return vi ? `Không ghi: ${problem.target} đã có; dùng --force để ghi đè.\n` : `Not written: ${problem.target} exists; use --force to overwrite it.\n`;
    case "locked":
      return vi
        ? `Không ghi được ${problem.target}: tệp đang mở (Excel?). Đóng tệp rồi chạy lại; bản đã tạo nằm ở ${problem.temp}.\n`
        : `Could not write ${problem.target}: the file is open (Excel?). Close it and run again; the new file is kept at ${problem.temp}.\n`;
    case "folder-not-empty":
      return vi
        ? `Không ghi vào ${problem.target}: thư mục đã có tệp. Chọn một thư mục mới hoặc trống, hoặc dùng --force.\n`
        : `Not written into ${problem.target}: the folder is not empty. Choose a new or empty folder, or use --force.\n`;
    case "not-a-folder":
      return vi ? `Không ghi được: ${problem.target} là một tệp, không phải thư mục.\n` : `Cannot write: ${problem.target} is a file, not a folder.\n`;
    case "io":
      return vi ? `Không ghi được ${problem.target}: ${problem.message}\n` : `Could not write ${problem.target}: ${problem.message}\n`;
  }
}
