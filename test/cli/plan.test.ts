import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultPlan, loadPlan } from "../../src/plan/load-plan.js";
import { budget, tempFile, tempFolder } from "./plan-cli-runner.js";

describe("budget plan", () => {
  it("prints the active plan: the embedded default without --plan", async () => {
    const { code, stdout } = await budget("plan");
    expect(code).toBe(0);
    expect(stdout).toContain("Kế hoạch chuyển đổi số tỉnh Quảng Ngãi 2025–2026");
    expect(stdout).toContain("Năm: 2025, 2026 · Đơn vị tính: triệu đồng");
    expect(stdout).toContain("  NST   Ngân sách tỉnh [cấp ngân sách] — NS tỉnh, NS cấp tỉnh, Ngân sách cấp tỉnh");
    expect(stdout).toContain("    1. Văn phòng Tỉnh ủy (VP Tỉnh ủy, VPTU)");
  });

  it("exports the plan as YAML that --plan reads back to the same plan and the same totals", async () => {
    const file = join(tempFolder(), "ke-hoach.yaml");
    const exported = await budget("plan", "--export", file);
    expect(exported.code).toBe(0);
    expect(readFileSync(file, "utf8")).toMatch(/^# Hồ sơ kế hoạch: Kế hoạch chuyển đổi số tỉnh Quảng Ngãi 2025–2026\n/);
    expect(await loadPlan(file)).toMatchObject({ ok: true, plan: defaultPlan(), file });

    const totals = await budget("totals", "fixtures/forms", "--plan", file, "--format", "json");
    expect(totals.code).toBe(0);
    expect(JSON.parse(totals.stdout)).toMatchObject({ total: "148165", byYear: { "2025": "65562", "2026": "82603" } });
  });

  it("exports JSON, and refuses to overwrite without --force", async () => {
    const file = join(tempFolder(), "ke-hoach.json");
    expect((await budget("plan", "--export", file)).code).toBe(0);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(defaultPlan());
    const again = await budget("plan", "--export", file);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("--force");
    expect((await budget("plan", "--export", file, "--force")).code).toBe(0);
  });

  it("prints the JSON Schema of plan files", async () => {
    const { code, stdout } = await budget("plan", "--json-schema");
    expect(code).toBe(0);
    const schema: unknown = JSON.parse(stdout);
    expect(schema).toMatchObject({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      type: "object",
      required: ["name", "years", "fundingSources"],
      additionalProperties: false,
      properties: {
        fundingSources: { type: "array", items: { required: ["code", "name", "dimension"] } },
        unit: { enum: ["đồng", "nghìn đồng", "triệu đồng", "tỷ đồng"] },
      },
    });
  });

  it("prints a custom plan, and exits 2 naming the key path of a broken one", async () => {
    const good = tempFile("plan.yaml", "name: Kế hoạch 2027\nyears: [2027]\nfundingSources:\n  - { code: NST, name: Ngân sách tỉnh, dimension: level }\n");
    const shown = await budget("plan", "--plan", good, "--format", "json");
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.stdout)).toMatchObject({ name: "Kế hoạch 2027", years: [2027], unit: "triệu đồng", agencies: [] });

    const broken = tempFile(
      "plan.yaml",
      "name: Kế hoạch 2027\nyears: [2027]\nfundingSources:\n  - { code: NST, name: Ngân sách tỉnh, dimension: level }\n  - { code: '', name: X, dimension: level }\n",
    );
    const { code, stdout, stderr } = await budget("plan", "--plan", broken);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(`${broken}: fundingSources[1].code: mã nguồn vốn không được để trống`);
    expect(stderr).toContain("✖ Tệp kế hoạch không dùng được (1 lỗi)");
  });
});
