/**
 * The index of the last value at or before `value` in ascending `sorted`, or -1 when every value
 * is after it (a binary search: line starts, function starts, unit starts).
 */
export function lastAtOrBefore(sorted: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! <= value) low = mid + 1;
    else high = mid - 1;
  }
  return high;
}
