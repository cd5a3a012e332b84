/**
 * A key path shared between parent and child: extending it costs O(1), and it becomes an array
 * only when an entry is added. Nested formats keep one per open block, so a file nested 100,000
 * levels deep does not build 100,000 ever-longer arrays just to track where it is.
 */
export class KeyPath {
  static readonly ROOT = new KeyPath(undefined, '', 0);

  private constructor(
    private readonly parent: KeyPath | undefined,
    private readonly segment: string,
    readonly length: number,
  ) {}

  child(segment: string): KeyPath {
    return new KeyPath(this, segment, this.length + 1);
  }

  extend(segments: readonly string[]): KeyPath {
    return segments.reduce<KeyPath>((path, segment) => path.child(segment), this);
  }

  toArray(): string[] {
    const segments = new Array<string>(this.length);
    if (this.length === 0) return segments;
    segments[this.length - 1] = this.segment;
    let node = this.parent;
    for (let index = this.length - 2; index >= 0 && node !== undefined; index--) {
      segments[index] = node.segment;
      node = node.parent;
    }
    return segments;
  }
}
