// Fixed-window failure counting for sign-in attempts. Pure: the window is read from and written
// to wherever the caller keeps it (the database, so that every app instance counts together),
// and time is passed in.
export interface RateWindow {
  failures: number;
  windowStart: number;
}

export interface RateRule {
  maxFailures: number;
  windowMs: number;
}

function expired(w: RateWindow, rule: RateRule, now: number): boolean {
  return now - w.windowStart >= rule.windowMs;
}

/** Milliseconds until the key with this window may try again, or 0 when it may try now. */
export function retryAfter(w: RateWindow | undefined, rule: RateRule, now: number): number {
  if (!w || expired(w, rule, now)) return 0;
  return w.failures >= rule.maxFailures ? rule.windowMs - (now - w.windowStart) : 0;
}

/** The window after one more failure: a new one when there was none or it has run out. */
export function withFailure(w: RateWindow | undefined, rule: RateRule, now: number): RateWindow {
  if (!w || expired(w, rule, now)) return { failures: 1, windowStart: now };
  return { failures: w.failures + 1, windowStart: w.windowStart };
}
