/** A wall-clock budget for one file, shared by the parser's progress callback and the rule loop. */
export class Deadline {
  private readonly endsAt: number;

  constructor(readonly budgetMs: number) {
    this.endsAt = performance.now() + budgetMs;
  }

  expired(): boolean {
    return performance.now() > this.endsAt;
  }
}
