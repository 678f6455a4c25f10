import { type Command, Option } from "commander";
import { agencyFlag, agencyOption, readOptions, versionsMode, withAddingOptions } from "./common-options.js";
import type { CliIo } from "./io.js";

/** Registers `budget totals <inputs…> [--by agency,year,…] [--format table|json|csv] [--plan FILE]`. */
export function registerTotals(program: Command, io: CliIo, setExit: (code: number) => void): void {
  withAddingOptions(
    program
      .command("totals")
      .description("in bảng tổng, không ghi phụ lục / print the totals without writing a workbook")
      .argument("<inputs...>", "tệp hoặc thư mục / files or folders")
      .option("--sheet <name>", "chỉ đọc trang tính này / read only this sheet of each file")
      .addOption(agencyFlag())
      .option("--by <dimensions>", "tổng theo các chiều, theo thứ tự / pivot along: agency,year,source,group,section,period,lead")
      .addOption(new Option("--format <format>", "định dạng / output format").choices(["table", "json", "csv"]).default("table"))
      .option(
        "--approved <file>",
        "bảng thẩm định (budget review --init): số thẩm định thành loại số liệu Thẩm định (--by phase; JSON byPhase.approved) / the review workbook: its figures as the approved phase",
      ),
  )
    .addHelpText(
      "after",
      [
        "",
        "Chiều / Dimensions (--by, any combination and order):",
        "  agency (don-vi)   cơ quan, đơn vị        year (nam)        năm",
        "  source (nguon)    nguồn vốn (tổ hợp)     group (nhom)      nhóm nhiệm vụ",
        "  section (phan)    phần I, II…            period (thoi-gian) thời gian thực hiện",
        "  lead (chu-tri)    đơn vị chủ trì",
        "",
        "Ví dụ / Examples:",
        "  budget totals fixtures/forms --format json",
        "  budget totals fixtures/forms --by agency,year",
        "  budget totals fixtures/appendix --by source,year --format csv",
        "  budget totals fixtures/versions/05-so-khcn-lan-2.xlsx --approved tham-dinh.xlsx --by phase",
        "",
      ].join("\n"),
    )
    .action(async (inputs: string[], values: Record<string, unknown>) => {
      const { runTotals } = await import("./totals-run.js");
      setExit(
        await runTotals(
          inputs,
          {
            ...readOptions(values),
            format: typeof values.format === "string" ? values.format : "table",
            by: typeof values.by === "string" ? values.by : undefined,
            approved: typeof values.approved === "string" ? values.approved : undefined,
            agency: agencyOption(values),
            versions: versionsMode(values),
          },
          io,
        ),
      );
    });
}
