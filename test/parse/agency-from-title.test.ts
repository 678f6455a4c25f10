import { describe, expect, it } from "vitest";
import { DEFAULT_PLAN } from "../../src/plan/default-plan.js";
import { validatePlan } from "../../src/plan/plan-text.js";
import type { Plan } from "../../src/plan/schema.js";
import { runFiles } from "../../src/run/run-files.js";

function planWithAgencies(agencies: ReadonlyArray<{ name: string; aliases?: string[] }>): Plan {
  const result = validatePlan({ ...DEFAULT_PLAN, agencies: agencies.map((agency) => ({ section: "II", aliases: [], ...agency })) });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.plan;
}

/** The agency a form without agency rows is filed under, its title block being `title`. */
async function agencyOf(title: string, plan: Plan): Promise<string | undefined> {
  const csv = [title, "Đơn vị tính: triệu đồng", "STT,Tên dự án/nhiệm vụ,Tổng kinh phí", "1,Nhiệm vụ A,100", ""].join("\n");
  const run = await runFiles([{ name: "de-xuat.csv", bytes: new TextEncoder().encode(csv) }], plan, { workers: 0 });
  return run.consolidation.sections[0]?.agencies[0]?.name;
}

describe("the agency named in a form's title block", () => {
  const plan = planWithAgencies([
    { name: "Sở Y tế" },
    { name: "Bệnh viện Đa khoa tỉnh", aliases: ["Ban ABC"] },
    { name: "Sở Y tế tỉnh Quảng Ngãi" },
    { name: "Trung tâm XYZ", aliases: ["Ban XYZ"] },
  ]);

  it("is the longest registry spelling the title holds as whole words", async () => {
    expect(await agencyOf("KẾ HOẠCH CỦA SỞ Y TẾ TỈNH QUẢNG NGÃI NĂM 2025", plan)).toBe("Sở Y tế tỉnh Quảng Ngãi");
    expect(await agencyOf("KẾ HOẠCH CỦA SỞ Y TẾ NĂM 2025", plan)).toBe("Sở Y tế");
  });

  it("is the first in the registry among spellings of the same length", async () => {
    expect(await agencyOf("BAN XYZ VÀ BAN ABC", plan)).toBe("Bệnh viện Đa khoa tỉnh");
  });

  it("is none when a spelling only runs into other words (the file name then)", async () => {
    expect(await agencyOf("KẾ HOẠCH CỦA SỞ Y TẾX", plan)).toBe("de-xuat");
  });
});
