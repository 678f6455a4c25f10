import type { DiagnosticCode } from "../data/diagnostic-codes.js";
import type { Rule } from "./rule.js";
import { rule as BC101 } from "./rules/BC101-file-unreadable.js";
import { rule as BC102 } from "./rules/BC102-header-not-found.js";
import { rule as BC103 } from "./rules/BC103-required-column-missing.js";
import { rule as BC104 } from "./rules/BC104-unknown-column.js";
import { rule as BC105 } from "./rules/BC105-unit-missing.js";
import { rule as BC106 } from "./rules/BC106-no-items.js";
import { rule as BC107 } from "./rules/BC107-legacy-encoding-converted.js";
import { rule as BC108 } from "./rules/BC108-hidden-rows.js";
import { rule as BC109 } from "./rules/BC109-other-sheets.js";
import { rule as BC110 } from "./rules/BC110-beyond-sheet-limits.js";
import { rule as BC111 } from "./rules/BC111-blank-template.js";
import { rule as BC112 } from "./rules/BC112-agency-unclear.js";
import { rule as BC113 } from "./rules/BC113-own-output-skipped.js";
import { rule as BC114 } from "./rules/BC114-duplicate-input.js";
import { rule as BC115 } from "./rules/BC115-unit-differs.js";
import { rule as BC116 } from "./rules/BC116-period-unreadable.js";
import { rule as BC117 } from "./rules/BC117-phases-contradict.js";
import { rule as BC121 } from "./rules/BC121-transposed-table.js";
import { rule as BC201 } from "./rules/BC201-amount-not-a-number.js";
import { rule as BC202 } from "./rules/BC202-negative-amount.js";
import { rule as BC203 } from "./rules/BC203-ambiguous-number.js";
import { rule as BC204 } from "./rules/BC204-finer-than-dong.js";
import { rule as BC205 } from "./rules/BC205-formula-without-value.js";
import { rule as BC211 } from "./rules/BC211-years-not-total.js";
import { rule as BC212 } from "./rules/BC212-parent-not-sum.js";
import { rule as BC213 } from "./rules/BC213-agency-not-sum.js";
import { rule as BC214 } from "./rules/BC214-total-not-sum.js";
import { rule as BC215 } from "./rules/BC215-groups-not-total.js";
import { rule as BC216 } from "./rules/BC216-of-which-above-parent.js";
import { rule as BC219 } from "./rules/BC219-quantity-times-price.js";
import { rule as BC220 } from "./rules/BC220-number-conventions-mixed.js";
import { rule as BC301 } from "./rules/BC301-duplicate-row-code.js";
import { rule as BC302 } from "./rules/BC302-malformed-row-code.js";
import { rule as BC303 } from "./rules/BC303-out-of-order-row-code.js";
import { rule as BC401 } from "./rules/BC401-unknown-funding-source.js";
import { rule as BC402 } from "./rules/BC402-period-outside-plan.js";
import { rule as BC403 } from "./rules/BC403-item-without-group.js";
import { rule as BC404 } from "./rules/BC404-duplicate-task.js";
import { rule as BC405 } from "./rules/BC405-agency-in-two-files.js";
import { rule as BC406 } from "./rules/BC406-agency-not-in-registry.js";
import { rule as BC407 } from "./rules/BC407-above-ceiling.js";
import { rule as BC408 } from "./rules/BC408-year-column-outside-plan.js";
import { rule as BC409 } from "./rules/BC409-superseded-version.js";
import { rule as BC410 } from "./rules/BC410-stated-split-differs.js";
import { rule as BC412 } from "./rules/BC412-period-column-repeated.js";
import { rule as BC414 } from "./rules/BC414-item-not-approved.js";
import { rule as BC415 } from "./rules/BC415-approval-without-item.js";
import { rule as BC416 } from "./rules/BC416-approved-above-requested.js";
import { rule as BC417 } from "./rules/BC417-request-changed-since-approved.js";

/** Every rule of the catalogue, sorted by code. */
export const RULES: readonly Rule[] = [
  BC101,
  BC102,
  BC103,
  BC104,
  BC105,
  BC106,
  BC107,
  BC108,
  BC109,
  BC110,
  BC111,
  BC112,
  BC113,
  BC114,
  BC115,
  BC116,
  BC117,
  BC121,
  BC201,
  BC202,
  BC203,
  BC204,
  BC205,
  BC211,
  BC212,
  BC213,
  BC214,
  BC215,
  BC216,
  BC219,
  BC220,
  BC301,
  BC302,
  BC303,
  BC401,
  BC402,
  BC403,
  BC404,
  BC405,
  BC406,
  BC407,
  BC408,
  BC409,
  BC410,
  BC412,
  BC414,
  BC415,
  BC416,
  BC417,
];

const BY_CODE = new Map<DiagnosticCode, Rule>(RULES.map((rule) => [rule.code, rule]));

/** The rule of a code. Every code has one (the catalogue meta-test checks it). */
export function ruleFor(code: DiagnosticCode): Rule {
  const rule = BY_CODE.get(code);
  if (!rule) throw new Error(`No rule for ${code}`);
  return rule;
}
