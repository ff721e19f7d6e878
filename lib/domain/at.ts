// Indexing where the index is in range by construction (a loop bound, a binary search, a
// matrix of known size). noUncheckedIndexedAccess types every items[i] as possibly undefined;
// this says "in range" once, and fails loudly instead of computing with undefined if it is not.

/** items[i] for an integer 0 <= i < items.length; throws a RangeError otherwise. */
export function at<T>(items: ArrayLike<T>, i: number): T {
  if (!(Number.isInteger(i) && i >= 0 && i < items.length)) throw new RangeError(`index ${i} is outside 0..${items.length - 1}`);
  // In range, checked above: the one place the "possibly undefined" of an index read is dropped.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- needed under tsconfig.strict.json (noUncheckedIndexedAccess); lint type-checks with tsconfig.json, where it is not
  return items[i]!;
}
