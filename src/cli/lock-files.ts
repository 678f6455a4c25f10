import { isExcelLockFile } from "../read/expand-inputs.js";
import type { CommonOptions } from "./common-options.js";
import type { CliIo } from "./io.js";

/**
 * The inputs without Excel's lock files (`~$phu-luc.xlsx`, which a shell glob such as `de-xuat/*.xlsx`
 * picks up while a workbook is open), with a note for each (none under `--quiet`) saying to close the
 * file in Excel: the form itself is still read, but without the edits not yet saved.
 */
export function withoutLockFiles(inputs: readonly string[], options: Pick<CommonOptions, "lang" | "quiet">, io: CliIo): string[] {
  const vi = options.lang === "vi";
  for (const lock of options.quiet ? [] : inputs.filter((input) => isExcelLockFile(input))) {
    io.stderr.write(
      vi
        ? `Bỏ qua ${lock}: tệp khóa Excel tạo ra khi một bảng tính đang mở, không phải biểu mẫu. Đóng tệp trong Excel để những gì đã sửa được lưu vào tệp.\n`
        : `Skipped ${lock}: the lock file Excel keeps while a workbook is open, not a form. Close the file in Excel so that your edits are saved to it.\n`,
    );
  }
  return inputs.filter((input) => !isExcelLockFile(input));
}
