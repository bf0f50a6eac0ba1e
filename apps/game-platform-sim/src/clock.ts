/** The simulator's clock: real time plus an offset that tests move forward. */
export class SimClock {
  private offsetMs = 0;

  nowMs(): number {
    return Date.now() + this.offsetMs;
  }

  nowUnix(): number {
    return Math.floor(this.nowMs() / 1000);
  }

  offsetSeconds(): number {
    return this.offsetMs / 1000;
  }

  advance(seconds: number): void {
    this.offsetMs += seconds * 1000;
  }

  /** Jumps the clock to an absolute unix time (seconds); real time keeps flowing from there. */
  set(unixSeconds: number): void {
    this.offsetMs = unixSeconds * 1000 - Date.now();
  }

  reset(): void {
    this.offsetMs = 0;
  }
}
