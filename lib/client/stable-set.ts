/**
 * `prev` when it has the same members as `next`, else `next`: a set rebuilt on every change
 * keeps its identity while its members stay the same, so memoized consumers do not re-render.
 */
export function stableSet<T>(prev: ReadonlySet<T> | undefined, next: ReadonlySet<T>): ReadonlySet<T> {
  if (!prev || prev.size !== next.size) return next;
  for (const k of next) if (!prev.has(k)) return next;
  return prev;
}
