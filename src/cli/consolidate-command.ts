import { type Command, Option } from "commander";
import { agencyFlag, agencyOption, readOptions, versionsMode, withAddingOptions } from "./common-options.js";
import type { CliIo } from "./io.js";

/** Registers `budget consolidate <inputs…> -o <out.xlsx>`. */
export function registerConsolidate(program: Command, io: CliIo, setExit: (code: number) => void): void {
  withAddingOptions(
    program
      .command("consolidate")
      .description("tổng hợp các biểu mẫu thành phụ lục / consolidate forms into the appendix workbook")
      .argument("<inputs...>", "tệp hoặc thư mục / files or folders")
      .requiredOption("-o, --output <file>", "tệp phụ lục .xlsx (hoặc .pdf) cần ghi / appendix workbook (or PDF) to write")
      .option("--pdf <file>", "ghi thêm phụ lục dạng PDF / also write the appendix as a PDF")
      .option(
        "--approved <file>",
        "bảng thẩm định (budget review --init): kiểm tra số thẩm định với các biểu mẫu / the review workbook: check its approved figures against the forms",
      )
      .option("-f, --force", "ghi đè tệp đã có / overwrite an existing output", false)
      .option("--title <text>", "tiêu đề phụ lục, thay cho tiêu đề của kế hoạch / appendix title instead of the plan's")
      .option(
        "--ref <text>",
        'dòng (Kèm theo Kế hoạch số …); ngoặc và "Kèm theo" tự thêm nếu thiếu / the (Kèm theo Kế hoạch số …) line; brackets and "Kèm theo" added when missing',
      )
      .option("--number <number>", "số của phụ lục, ghi sau nhãn: Phụ lục II / the appendix's number, after the label: Phụ lục II")
      .option(
        "--columns <list>",
        "các cột của phụ lục, theo thứ tự / the appendix's columns, in order: tt,noi-dung,chu-tri,thoi-gian,tong,nam,nguon,van-ban,muc-tieu",
      )
      .option("--no-audit", "bỏ các trang Kiểm tra và Nguồn khỏi bảng tính / leave the Kiểm tra and Nguồn sheets out of the workbook")
      .option(
        "--audit-file <file>",
        "ghi các trang Kiểm tra và Nguồn ra bảng tính .xlsx riêng / write the Kiểm tra and Nguồn sheets to a workbook of their own",
      )
      .option("--sheet <name>", "chỉ đọc trang tính này / read only this sheet of each file")
      .addOption(agencyFlag())
      .option("--rows <file>", "ghi các dòng đã tổng hợp ra .csv hoặc .json / write the consolidated rows to a .csv or .json file")
      .addOption(
        new Option(
          "--rows-format <format>",
          "định dạng của --rows khi phần mở rộng không cho biết (.txt) / format of --rows when its extension does not say (.txt)",
        ).choices(["csv", "json"]),
      )
      .addOption(new Option("--format <format>", "bảng tổng in ra / totals printed to stdout").choices(["table", "json", "csv", "none"]).default("table")),
  )
    .addHelpText(
      "after",
      '\nVí dụ / Examples:\n  budget consolidate fixtures/forms -o phu-luc.xlsx\n  budget consolidate de-xuat/ -o phu-luc.xlsx --force --format json > tong.json\n  budget consolidate de-xuat/ -o phu-luc.xlsx --rows cac-dong.csv\n  budget consolidate de-xuat/ -o phu-luc.xlsx --pdf phu-luc.pdf\n  budget consolidate de-xuat/ -o phu-luc.xlsx --title "Dự kiến nhiệm vụ chuyển đổi số năm 2026" --ref "Kế hoạch số 12/KH-UBND ngày 10/1/2026 của UBND tỉnh"\n  budget consolidate de-xuat/ -o phu-luc.xlsx --number II --columns tt,noi-dung,chu-tri,thoi-gian,tong,nam --no-audit\n  budget consolidate de-xuat/*.xlsx -o phu-luc.xlsx --plan ke-hoach-2026.yaml --lang en\n',
    )
    .action(async (inputs: string[], values: Record<string, unknown>) => {
      const { runConsolidate } = await import("./consolidate-run.js");
      setExit(
        await runConsolidate(
          inputs,
          {
            ...readOptions(values),
            output: typeof values.output === "string" ? values.output : "",
            force: values.force === true,
            title: typeof values.title === "string" ? values.title : undefined,
            reference: typeof values.ref === "string" ? values.ref : undefined,
            number: typeof values.number === "string" ? values.number : undefined,
            columns: typeof values.columns === "string" ? values.columns : undefined,
            audit: values.audit !== false,
            auditFile: typeof values.auditFile === "string" ? values.auditFile : undefined,
            agency: agencyOption(values),
            versions: versionsMode(values),
            rows: typeof values.rows === "string" ? values.rows : undefined,
            pdf: typeof values.pdf === "string" ? values.pdf : undefined,
            approved: typeof values.approved === "string" ? values.approved : undefined,
            rowsFormat: typeof values.rowsFormat === "string" ? values.rowsFormat : undefined,
            format: typeof values.format === "string" ? values.format : "table",
          },
          io,
        ),
      );
    });
}
