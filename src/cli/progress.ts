/**
 * Progress and summary on stderr. On a terminal the count updates in place; otherwise a line every 100 articles,
 * so logs of long runs stay short. Failures are always printed, one line each.
 */
export class Progress {
  private readonly counts = { ok: 0, partial: 0, failed: 0 };
  private failures = 0;
  private readonly started = performance.now();
  private readonly tty = process.stderr.isTTY === true;

  constructor(
    private readonly verb: string,
    private readonly quiet: boolean,
  ) {}

  tick(status: "ok" | "partial" | "failed"): void {
    this.counts[status]++;
    const n = this.total();
    if (this.quiet) return;
    if (this.tty && n % 10 === 0) process.stderr.write(`\r${this.verb} ${n} articles…`);
    else if (!this.tty && n % 100 === 0) process.stderr.write(`${this.verb} ${n} articles\n`);
  }

  fail(message: string): void {
    this.failures++;
    process.stderr.write(`${this.tty ? "\r" : ""}dyad: skipped ${message}\n`);
  }

  done(): void {
    // A single clean article needs no summary; a batch or any failure does.
    if ((this.quiet || this.total() <= 1) && this.failures === 0) return;
    const secs = ((performance.now() - this.started) / 1000).toFixed(1);
    const { ok, partial, failed } = this.counts;
    const tail = this.failures > 0 ? `; ${this.failures} input(s) could not be read or analysed` : "";
    process.stderr.write(
      `${this.tty ? "\r" : ""}${this.verb} ${this.total()} articles in ${secs}s (ok ${ok}, partial ${partial}, failed ${failed})${tail}\n`,
    );
  }

  private total(): number {
    return this.counts.ok + this.counts.partial + this.counts.failed;
  }
}
