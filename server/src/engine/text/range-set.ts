import type { Range } from '../contract';

/** Sorted, non-overlapping ranges with a binary-search membership test (comment lookup). */
export class RangeSet {
  readonly ranges: readonly Range[];

  constructor(ranges: readonly Range[]) {
    this.ranges = [...ranges].sort((a, b) => a.start - b.start);
  }

  contains(offset: number): boolean {
    let low = 0;
    let high = this.ranges.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const range = this.ranges[mid];
      if (range === undefined) return false;
      if (offset < range.start) high = mid - 1;
      else if (offset >= range.end) low = mid + 1;
      else return true;
    }
    return false;
  }
}
