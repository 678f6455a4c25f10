/**
 * The columns the appendix can show, by the names `--columns` and the plan's `output.columns` use:
 * `tt` (the code), `noi-dung` (agency or task), `chu-tri` (lead unit), `thoi-gian` (period), `tong`
 * (total), `nam` (one column per year, under `Trong đó`), `nguon` (funding sources), `van-ban` (legal
 * basis and cover letters), `muc-tieu` (objective).
 */
export const APPENDIX_COLUMN_NAMES = ["tt", "noi-dung", "chu-tri", "thoi-gian", "tong", "nam", "nguon", "van-ban", "muc-tieu"] as const;

/** The name of an appendix column. */
export type AppendixColumnName = (typeof APPENDIX_COLUMN_NAMES)[number];

/** The columns an appendix shows unless told otherwise: those it has always had, in their order. */
export const DEFAULT_APPENDIX_COLUMNS: readonly AppendixColumnName[] = ["tt", "noi-dung", "tong", "nam", "nguon", "van-ban"];

/** The columns by default when the forms name a lead unit (`Đơn vị chủ trì`): the usual ones, and the lead unit after the name. */
export const LEAD_UNIT_APPENDIX_COLUMNS: readonly AppendixColumnName[] = ["tt", "noi-dung", "chu-tri", "tong", "nam", "nguon", "van-ban"];

/** Whether `name` is the name of an appendix column. */
export function isAppendixColumnName(name: string): name is AppendixColumnName {
  return (APPENDIX_COLUMN_NAMES as readonly string[]).includes(name);
}

/**
 * The columns a `--columns` list (`tt,noi-dung,tong`) names, in its order; or the names it has that
 * are no column, and whether one is named twice, for the usage error.
 */
export function parseAppendixColumns(
  list: string,
): { readonly columns: readonly AppendixColumnName[] } | { readonly unknown: readonly string[]; readonly repeated: readonly string[] } {
  const names = list
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== "");
  const unknown = names.filter((name) => !isAppendixColumnName(name));
  const repeated = names.filter((name, i) => names.indexOf(name) !== i);
  if (unknown.length > 0 || repeated.length > 0 || names.length === 0) return { unknown, repeated };
  return { columns: names.filter(isAppendixColumnName) };
}
