// Fixed-window failure counter for sign-in attempts. Pure: time is passed in.
export interface RateWindow {
  failures: number;
  windowStart: number;
}

export interface RateRule {
  maxFailures: number;
  windowMs: number;
}

export class FailureLimiter {
  private readonly windows = new Map<string, RateWindow>();

  constructor(private readonly rule: RateRule) {}

  /** Milliseconds until `key` may try again, or 0 when it may try now. */
  retryAfter(key: string, now: number): number {
    const w = this.windows.get(key);
    if (!w) return 0;
    if (now - w.windowStart >= this.rule.windowMs) {
      this.windows.delete(key);
      return 0;
    }
    return w.failures >= this.rule.maxFailures ? this.rule.windowMs - (now - w.windowStart) : 0;
  }

  recordFailure(key: string, now: number): void {
    const w = this.windows.get(key);
    if (!w || now - w.windowStart >= this.rule.windowMs) {
      this.windows.set(key, { failures: 1, windowStart: now });
    } else {
      w.failures++;
    }
  }

  reset(key: string): void {
    this.windows.delete(key);
  }
}
