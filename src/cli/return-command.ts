import type { Command } from "commander";
import { readOptions, withReadOptions } from "./common-options.js";
import type { CliIo } from "./io.js";

/** Registers `budget return <inputs…> -o FOLDER [--all] [--force]`. */
export function registerReturn(program: Command, io: CliIo, setExit: (code: number) => void): void {
  withReadOptions(
    program
      .command("return")
      .description("trả lại đơn vị biểu mẫu đã ghi chú lỗi / each agency's form back, annotated")
      .argument("<inputs...>", "tệp hoặc thư mục biểu mẫu đã nhận / files or folders of the forms received")
      .requiredOption("-o, --output <folder>", "thư mục ghi bản trả lại (mới hoặc trống) / folder for the copies (new or empty)")
      .option("--all", "gửi cả thông báo hợp lệ cho đơn vị không có lỗi / also a short valid note for agencies without findings", false)
      .option("--show-comments", "ghi chú luôn hiện cạnh ô (mặc định: hiện khi trỏ chuột) / every comment open beside its cell (default: on hover)", false)
      .option("--sheet <name>", "chỉ đọc trang tính này / read only this sheet of each file")
      .option("-f, --force", "ghi vào thư mục đã có tệp / write into a folder that is not empty", false),
  )
    .addHelpText(
      "after",
      [
        "",
        "Mỗi đơn vị có lỗi hoặc cảnh báo nhận lại chính tệp của mình: ô có vấn đề được tô vàng và có ghi chú,",
        'trang đầu "Kết quả kiểm tra" liệt kê các vấn đề. Tệp .xls, .ods, CSV được trả lại dạng .xlsx.',
        "Danh sách để làm công văn: danh-sach.xlsx trong thư mục, và in ra màn hình.",
        "Each agency with findings gets its own file back, the cells highlighted and commented, a first sheet listing them.",
        "",
        "Ví dụ / Examples:",
        "  budget return de-xuat/ -o tra-lai/",
        "  budget return de-xuat/ -o tra-lai/ --all --lang en",
        "",
      ].join("\n"),
    )
    .action(async (inputs: string[], values: Record<string, unknown>) => {
      const { runReturn } = await import("./return-run.js");
      setExit(
        await runReturn(
          inputs,
          {
            ...readOptions(values),
            output: typeof values.output === "string" ? values.output : "",
            all: values.all === true,
            showComments: values.showComments === true,
            force: values.force === true,
          },
          io,
        ),
      );
    });
}
