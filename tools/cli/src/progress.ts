/**
 * A progress line on stderr for checks that take over a second, only when stderr is a terminal
 * (never in CI logs or piped output). Redrawn in place (`\r`), at most every 100 ms, erased at the end.
 */

/** Where progress is drawn. */
export interface ProgressStream {
  write(text: string): void;
  isTTY?: boolean;
}

const FRAMES = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

/** A progress indicator; a no-op when the stream is not a TTY. */
export class Progress {
  private timer?: NodeJS.Timeout;
  private shown = false;
  private done = 0;
  private total = 0;
  private frame = 0;
  private label: string;

  constructor(
    private readonly stream: ProgressStream,
    label: string,
    private readonly delayMs = 1000,
  ) {
    this.label = label;
  }

  /** Starts the clock; nothing is drawn before `delayMs`. */
  start(): this {
    if (!this.stream.isTTY) return this;
    this.timer = setTimeout(() => {
      this.shown = true;
      this.draw();
      this.timer = setInterval(() => this.draw(), 100);
      this.timer.unref?.();
    }, this.delayMs);
    this.timer.unref?.();
    return this;
  }

  /** Sets the phase shown (e.g. "running the program"). */
  phase(label: string): void {
    this.label = label;
    this.done = 0;
    this.total = 0;
  }

  /** Records progress (`done` of `total` calls). */
  update(done: number, total: number): void {
    this.done = done;
    this.total = total;
  }

  private draw(): void {
    const f = FRAMES[this.frame++ % FRAMES.length];
    const count = this.total ? ` ${this.done}/${this.total}` : "";
    this.stream.write(`\r\x1b[K${f} ${this.label}${count}`);
  }

  /** Stops and erases the line. */
  stop(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      clearInterval(this.timer);
      this.timer = undefined;
    }
    if (this.shown) this.stream.write("\r\x1b[K");
    this.shown = false;
  }
}
