/**
 * A one-line progress bar on stderr, drawn only when stderr is a terminal so logs and pipes stay
 * clean. Redraws are limited to ten a second.
 */
export interface ProgressStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

const WIDTH = 24;
const REDRAW_INTERVAL_MS = 100;

export class ProgressBar {
  private lastDrawn = 0;
  private drawn = false;

  constructor(
    private readonly stream: ProgressStream,
    private readonly total: number,
  ) {}

  get enabled(): boolean {
    return this.stream.isTTY === true && this.total > 1;
  }

  update(done: number): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (done < this.total && now - this.lastDrawn < REDRAW_INTERVAL_MS) return;
    this.lastDrawn = now;
    const filled = Math.round((done / this.total) * WIDTH);
    this.stream.write(`\r[${'#'.repeat(filled)}${' '.repeat(WIDTH - filled)}] ${done}/${this.total} files`);
    this.drawn = true;
  }

  clear(): void {
    if (this.drawn) this.stream.write('\r\u001b[K');
    this.drawn = false;
  }
}
