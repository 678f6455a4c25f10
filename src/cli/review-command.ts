import type { Command } from "commander";
import { readOptions, versionsMode, withAddingOptions } from "./common-options.js";
import type { CliIo } from "./io.js";

/** Registers `budget review --init <inputs…> -o tham-dinh.xlsx`. */
export function registerReview(program: Command, io: CliIo, setExit: (code: number) => void): void {
  withAddingOptions(
    program
      .command("review")
      .description("lập bảng thẩm định kinh phí đề xuất / make the review workbook for approved figures")
      .argument("<inputs...>", "tệp hoặc thư mục biểu mẫu / form files or folders")
      .option("--init", "lập bảng thẩm định mới từ các biểu mẫu / make a new review workbook from the forms", false)
      .requiredOption("-o, --output <file>", "tệp .xlsx ghi ra / the .xlsx to write")
      .option("--sheet <name>", "chỉ đọc trang tính này / read only this sheet of each file")
      .option("-f, --force", "ghi đè tệp đã có / overwrite an existing output", false),
  )
    .addHelpText(
      "after",
      [
        "",
        "Mỗi dòng một nhiệm vụ: đơn vị, STT, tên, kinh phí đề xuất theo năm, nguồn vốn; cột Thẩm định và Lý do để trống cho cán bộ điền.",
        "One line per item: agency, code, name, requested per year, funding source; empty Approved and Reason columns for the officer.",
        "",
        "Ví dụ / Examples:",
        "  budget review --init de-xuat/ -o tham-dinh.xlsx",
        "",
      ].join("\n"),
    )
    .action(async (inputs: string[], values: Record<string, unknown>) => {
      const { runReview } = await import("./review-run.js");
      setExit(
        await runReview(
          inputs,
          {
            ...readOptions(values),
            init: values.init === true,
            output: typeof values.output === "string" ? values.output : "",
            force: values.force === true,
            versions: versionsMode(values),
          },
          io,
        ),
      );
    });
}
