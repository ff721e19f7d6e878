// The browser half of the benchmark: open the document in headless Chromium, read the marks
// the workspace emits (perf-marks.ts), time edits from the keydown to the paint after React
// committed them, and collect long tasks (PerformanceObserver, from document start).
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { BenchArticle } from "./article";

export interface LoadResult {
  spansAt: number;
  hydratedAt: number;
  committedAt: number;
  paintedAt: number;
  allAt: number;
  longestLoadTask: number;
  /** Navigation Timing: first byte, last byte and the parser done, ms from navigation start; the HTML's bytes. */
  firstByteAt: number;
  lastByteAt: number;
  domInteractiveAt: number;
  htmlBytes: number;
  /**
   * First contentful paint: the server-rendered first screen, its highlights included, on screen
   * before hydration (the page is not yet interactive then; "painted" is after hydration).
   */
  firstPaintAt: number;
}

export interface OpSample {
  /** keydown timeStamp → "after paint" mark: a task queued from the animation frame after React's commit */
  painted: number;
  /**
   * The browser's own Event Timing for the keydown: from the event to the presentation of
   * the next frame (8 ms steps; events under 16 ms are not reported: then counted as 16).
   */
  presented: number;
  /** keydown → React commit (the JavaScript part) */
  committed: number;
  /** keydown → the handler had changed the model (input handling, before React renders) */
  handled: number;
}

export interface EditResult {
  add: OpSample[];
  retag: OpSample[];
  delete: OpSample[];
  longestEditTask: number;
}

interface Bench {
  ops: { kind: string; start: number; handled: number; committed: number; painted: number }[];
  spansAt?: number;
  hydratedAt?: number;
  committedAt?: number;
  paintedAt?: number;
  allAt?: number;
  selectText(s: number, e: number): boolean;
  selectSpan(key: string): void;
  spans(): { key: string; label: string; start: number; end: number }[];
  whenSaved(): Promise<void>;
}
declare const window: {
  __parallaxBench: Bench;
  __longtasks: { start: number; duration: number }[];
  __keys: { start: number; duration: number }[];
  __frames: number[];
};

// Long tasks, and Event Timing for keydowns: an entry's duration runs from the event's
// timeStamp to the next paint after its handlers (the browser's own "key → painted"; only
// events of 16 ms or more are reported, in 8 ms steps).
const OBSERVER_SCRIPT = `
  window.__longtasks = [];
  window.__keys = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
  // The measure's own floor: a key nobody handles, timed as an edit is (to a task queued
  // from the next animation frame), on the same page at the same scroll positions.
  window.__frames = [];
  addEventListener("keydown", (e) => {
    if (e.key !== "F8") return;
    const start = e.timeStamp;
    requestAnimationFrame(() => setTimeout(() => window.__frames.push(performance.now() - start), 0));
  }, true);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === "keydown") window.__keys.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "event", durationThreshold: 16, buffered: true });
`;

export async function installObservers(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: OBSERVER_SCRIPT });
}

/** A 1440 × 900 browser context signed in with a session's Cookie header, observers installed. */
export async function signedInContext(browser: Browser, baseUrl: string, cookieHeader: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const { hostname } = new URL(baseUrl);
  await context.addCookies(
    cookieHeader.split("; ").map((pair) => {
      const i = pair.indexOf("=");
      return { name: pair.slice(0, i), value: pair.slice(i + 1), domain: hostname, path: "/" };
    }),
  );
  await installObservers(context);
  return context;
}

async function longest(page: Page, from: number, to: number): Promise<number> {
  const tasks = await page.evaluate(() => window.__longtasks);
  return Math.max(0, ...tasks.filter((t) => t.start >= from && t.start < to).map((t) => t.duration));
}

export async function measureLoad(page: Page, url: string): Promise<LoadResult> {
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForFunction(() => window.__parallaxBench?.allAt !== undefined, undefined, { timeout: 120_000 });
  // Let trailing work (deferred panel, the date parser loaded after paint) finish.
  await page.waitForTimeout(2500);
  const b = await page.evaluate(() => {
    const w = window.__parallaxBench;
    return { spansAt: w.spansAt!, hydratedAt: w.hydratedAt!, committedAt: w.committedAt!, paintedAt: w.paintedAt!, allAt: w.allAt! };
  });
  const nav = await page.evaluate(() => {
    const e = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    const fcp = performance.getEntriesByName("first-contentful-paint")[0];
    return {
      firstByteAt: e.responseStart,
      lastByteAt: e.responseEnd,
      domInteractiveAt: e.domInteractive,
      htmlBytes: e.decodedBodySize,
      firstPaintAt: fcp ? fcp.startTime : NaN,
    };
  });
  const now = await page.evaluate(() => performance.now());
  return { ...b, ...nav, longestLoadTask: await longest(page, 0, now) };
}

/** Between scrolling to a place and pressing the key: a person's pause, and the scroll's own rendering done. */
export const SETTLE_MS = 250;

async function timeOp(page: Page, kind: string, act: () => Promise<void>): Promise<OpSample> {
  const before = await page.evaluate((k) => window.__parallaxBench.ops.filter((o) => o.kind === k).length, kind);
  await act();
  await page.waitForFunction(([k, n]) => window.__parallaxBench.ops.filter((o) => o.kind === k).length > n, [kind, before] as const, {
    timeout: 10_000,
  });
  const op = await page.evaluate((k) => window.__parallaxBench.ops.filter((o) => o.kind === k).at(-1)!, kind);
  await page.waitForTimeout(120); // an annotator's pause; lets the save request go out and the event entry arrive
  const entry = await page.evaluate((t) => window.__keys.find((e) => Math.abs(e.start - t) < 1) ?? null, op.start);
  return {
    painted: op.painted - op.start,
    presented: entry ? entry.duration : 16,
    committed: op.committed - op.start,
    handled: op.handled - op.start,
  };
}

/**
 * The measure's own floor on this page: an unhandled key (F8) at each addition's scroll position,
 * from its timeStamp to a task queued from the next animation frame, as an edit is timed. It is
 * the wait for the next frame plus the frame itself, with nothing changed.
 */
export async function measureEmptyFrames(page: Page, article: BenchArticle, rounds = 20): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i <= rounds; i++) {
    const [start] = article.words[addTargetWord(i, rounds, article.words.length)];
    await page.evaluate((s) => {
      window.__parallaxBench.selectText(s, s + 1);
      const sel = document.getSelection()!;
      (sel.anchorNode?.parentElement as Element | null)?.scrollIntoView({ block: "center" });
      sel.removeAllRanges();
    }, start);
    await page.waitForTimeout(SETTLE_MS);
    const before = await page.evaluate(() => window.__frames.length);
    await page.keyboard.press("F8");
    await page.waitForFunction((n) => window.__frames.length > n, before, { timeout: 10_000 });
    if (i > 0) out.push(await page.evaluate(() => window.__frames.at(-1)!));
  }
  return out;
}

/** The word the i-th addition starts at: spread evenly through the article. */
export function addTargetWord(i: number, rounds: number, wordCount: number): number {
  return Math.floor(((i + 0.5) / (rounds * 2 + 2)) * (wordCount - 10));
}

/**
 * 20 timed edits of each kind, each preceded by one untimed warm-up edit of that kind (the
 * first keystroke of a session also pays for lazily compiled code; it is not what "p95 of
 * edits" is about). Additions tag a few words, spread through the article, each scrolled
 * into view first; retags and deletions select an existing span as a click would.
 */
export async function measureEdits(page: Page, article: BenchArticle, rounds = 20): Promise<EditResult> {
  const started = await page.evaluate(() => performance.now());
  const result: EditResult = { add: [], retag: [], delete: [], longestEditTask: 0 };
  const taken = new Set((await page.evaluate(() => window.__parallaxBench.spans())).map((s) => `${s.label}|${s.start}|${s.end}`));

  for (let i = 0, done = -1; done < rounds; i++) {
    const w = addTargetWord(i, rounds, article.words.length);
    const [start] = article.words[w];
    const [, end] = article.words[w + 2 + (i % 3)];
    if (taken.has(`claim|${start}|${end}`)) continue;
    taken.add(`claim|${start}|${end}`);
    await page.evaluate(
      ([s, e]) => {
        window.__parallaxBench.selectText(s, e);
        const sel = document.getSelection()!;
        (sel.anchorNode?.parentElement as Element | null)?.scrollIntoView({ block: "center" });
      },
      [start, end] as const,
    );
    await page.waitForTimeout(SETTLE_MS);
    const sample = await timeOp(page, "add", () => page.keyboard.press("1"));
    if (done++ >= 0) result.add.push(sample);
  }

  const spans = await page.evaluate(() => window.__parallaxBench.spans());
  const step = Math.floor(spans.length / (rounds * 2 + 4));
  const hotkeys: Record<string, string> = { claim: "1", quote: "2", measure: "3", date: "4" };
  for (let i = 0, done = -1; done < rounds && i * step < spans.length; i++) {
    const s = spans[i * step];
    const to = Object.keys(hotkeys).find((l) => l !== s.label && !taken.has(`${l}|${s.start}|${s.end}`));
    if (!to) continue;
    taken.add(`${to}|${s.start}|${s.end}`);
    await page.evaluate((k) => window.__parallaxBench.selectSpan(k), s.key);
    await page.waitForTimeout(SETTLE_MS);
    const sample = await timeOp(page, "retag", () => page.keyboard.press(hotkeys[to]));
    if (done++ >= 0) result.retag.push(sample);
  }
  for (let i = 0, done = -1; done < rounds; i++) {
    const s = spans[spans.length - 1 - i * step];
    await page.evaluate((k) => window.__parallaxBench.selectSpan(k), s.key);
    await page.waitForTimeout(SETTLE_MS);
    const sample = await timeOp(page, "delete", () => page.keyboard.press("Delete"));
    if (done++ >= 0) result.delete.push(sample);
  }
  await page.evaluate(() => window.__parallaxBench.whenSaved());
  const now = await page.evaluate(() => performance.now());
  result.longestEditTask = await longest(page, started, now);
  return result;
}
