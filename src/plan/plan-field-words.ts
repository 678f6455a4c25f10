import type { PlanLang } from "./plan-problem.js";

type Words = Readonly<Record<PlanLang, string>>;

/**
 * What each field of a plan file is, in an officer's words, by its key path with list positions
 * left out (`agencies[].name`). A message says "tên đơn vị không được để trống", not "string".
 */
const FIELD_WORDS: Readonly<Record<string, Words>> = {
  "": { vi: "tệp kế hoạch", en: "the plan file" },
  name: { vi: "tên kế hoạch", en: "the plan name" },
  $schema: { vi: "địa chỉ lược đồ ($schema)", en: "the schema address ($schema)" },
  reference: { vi: "số, ký hiệu văn bản kế hoạch", en: "the plan's document reference" },
  years: { vi: "các năm của kế hoạch", en: "the plan's years" },
  "years[]": { vi: "năm", en: "a year" },
  periods: { vi: "các giai đoạn của kế hoạch", en: "the plan's periods" },
  statedSplits: { vi: "các số liệu kế hoạch nêu", en: "the plan's stated figures" },
  "statedSplits[]": { vi: "số liệu kế hoạch nêu", en: "a stated figure" },
  "statedSplits[].period": { vi: "năm hoặc giai đoạn của số liệu", en: "the stated figure's period" },
  "statedSplits[].source": { vi: "nguồn vốn của số liệu", en: "the stated figure's source" },
  "statedSplits[].amount": { vi: "số tiền của số liệu", en: "the stated figure's amount" },
  "periods[]": { vi: "giai đoạn (như 2026-2030)", en: "a period (such as 2026-2030)" },
  unit: { vi: "đơn vị tính", en: "the unit" },
  fundingSources: { vi: "các nguồn vốn", en: "the funding sources" },
  "fundingSources[]": { vi: "nguồn vốn", en: "a funding source" },
  "fundingSources[].code": { vi: "mã nguồn vốn", en: "the funding-source code" },
  "fundingSources[].name": { vi: "tên nguồn vốn", en: "the funding-source name" },
  "fundingSources[].dimension": { vi: "loại nguồn vốn", en: "the funding-source dimension" },
  frameworks: { vi: "các khung chính sách", en: "the frameworks" },
  "frameworks[]": { vi: "khung chính sách", en: "a framework" },
  "frameworks[].key": { vi: "mã khung chính sách", en: "the framework key" },
  "frameworks[].label": { vi: "tên khung chính sách", en: "the framework label" },
  taskGroups: { vi: "các nhóm nhiệm vụ", en: "the task groups" },
  "taskGroups[]": { vi: "nhóm nhiệm vụ", en: "a task group" },
  "taskGroups[].key": { vi: "mã nhóm nhiệm vụ", en: "the task-group key" },
  "taskGroups[].label": { vi: "tên nhóm nhiệm vụ", en: "the task-group label" },
  "taskGroups[].framework": { vi: "khung chính sách của nhóm", en: "the group's framework" },
  sections: { vi: "các phần", en: "the sections" },
  "sections[]": { vi: "phần", en: "a section" },
  "sections[].code": { vi: "mã phần", en: "the section code" },
  "sections[].name": { vi: "tên phần", en: "the section name" },
  agencies: { vi: "danh sách đơn vị", en: "the agency list" },
  "agencies[]": { vi: "đơn vị", en: "an agency" },
  "agencies[].name": { vi: "tên đơn vị", en: "the agency name" },
  "agencies[].section": { vi: "phần của đơn vị", en: "the agency's section" },
  "agencies[].order": { vi: "thứ tự của đơn vị", en: "the agency's order" },
  columns: { vi: "nhãn cột", en: "the column labels" },
  output: { vi: "các tiêu đề", en: "the titles" },
  "output.appendixLabel": { vi: "nhãn phụ lục", en: "the appendix label" },
  "output.number": { vi: "số của phụ lục", en: "the appendix number" },
  "output.title": { vi: "tiêu đề phụ lục", en: "the appendix title" },
  "output.subtitle": { vi: "tiêu đề phụ của phụ lục", en: "the appendix subtitle" },
  "output.formTitle": { vi: "tiêu đề biểu mẫu", en: "the form title" },
  "output.formSubtitle": { vi: "tiêu đề phụ của biểu mẫu", en: "the form subtitle" },
  "output.place": { vi: "địa danh của dòng ngày tháng", en: "the place of the date line" },
  "output.preparerTitle": { vi: "chức danh người lập biểu", en: "the preparer's title" },
  "output.preparerName": { vi: "họ tên người lập biểu", en: "the preparer's name" },
  "output.headTitle": { vi: "chức danh người ký", en: "the signing head's title" },
  "output.headName": { vi: "họ tên người ký", en: "the signing head's name" },
  "output.columns": { vi: "các cột của phụ lục", en: "the appendix columns" },
  "output.columns[]": { vi: "cột của phụ lục", en: "an appendix column" },
  ceilings: { vi: "các mức trần", en: "the ceilings" },
  "ceilings.total": { vi: "mức trần tổng", en: "the total ceiling" },
  "ceilings.agencies": { vi: "các mức trần theo đơn vị", en: "the agency ceilings" },
  "ceilings.agencies[]": { vi: "mức trần của đơn vị", en: "an agency ceiling" },
  "ceilings.agencies[].agency": { vi: "đơn vị của mức trần", en: "the ceiling's agency" },
  "ceilings.sources": { vi: "các mức trần theo nguồn vốn", en: "the funding-source ceilings" },
  "ceilings.sources[]": { vi: "mức trần của nguồn vốn", en: "a funding-source ceiling" },
  "ceilings.sources[].source": { vi: "nguồn vốn của mức trần", en: "the ceiling's funding source" },
};

/** Fields whose words depend only on the last key: spellings lists, and a ceiling's year and amount. */
const LAST_KEY_WORDS: Readonly<Record<string, Words>> = {
  aliases: { vi: "các tên gọi khác", en: "the other names" },
  "aliases[]": { vi: "tên gọi khác", en: "another name" },
  synonyms: { vi: "các nhãn cột", en: "the column labels" },
  "synonyms[]": { vi: "nhãn cột", en: "a column label" },
  year: { vi: "năm của mức trần", en: "the ceiling's year" },
  amount: { vi: "số tiền trần", en: "the ceiling amount" },
};

const COLUMN_LABELS: Words = { vi: "các nhãn cột", en: "the column labels" };
const COLUMN_LABEL: Words = { vi: "nhãn cột", en: "a column label" };
const ANY_VALUE: Words = { vi: "giá trị này", en: "this value" };

/** The words for the field at a zod issue's path, e.g. `tên đơn vị` for `agencies[3].name`. */
export function fieldWords(path: readonly PropertyKey[], lang: PlanLang): string {
  const pattern = path
    .map((key) => (typeof key === "number" ? "[]" : `.${String(key)}`))
    .join("")
    .replace(/^\./, "");
  const known = FIELD_WORDS[pattern];
  if (known) return known[lang];
  const last = /(?:^|\.)([^.]+)$/.exec(pattern)?.[1] ?? "";
  const byLastKey = LAST_KEY_WORDS[last];
  if (byLastKey) return byLastKey[lang];
  if (/^columns\.[^.[\]]+$/.test(pattern)) return COLUMN_LABELS[lang];
  if (/^columns\.[^.[\]]+\[\]$/.test(pattern)) return COLUMN_LABEL[lang];
  return ANY_VALUE[lang];
}
