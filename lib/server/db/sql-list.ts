/**
 * Placeholders for `IN (…)` over a list of values, portable where SQLite's json_each is not.
 * The list is padded (with its last value, which changes nothing in an IN) to a power of two of
 * at least 8, so a statement takes a handful of texts and the prepared-statement cache stays
 * small. An empty list gives `NULL`: `x IN (NULL)` matches no row.
 */
export function sqlList<T extends string | number>(values: readonly T[]): { sql: string; params: T[] } {
  if (values.length === 0) return { sql: "NULL", params: [] };
  let size = 8;
  while (size < values.length) size *= 2;
  const params = [...values];
  while (params.length < size) params.push(values[values.length - 1]);
  return { sql: params.map(() => "?").join(", "), params };
}
