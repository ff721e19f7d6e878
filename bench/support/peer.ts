// The two references bench:workspace measures beside Parallax, on the same article, in the
// same browser and run (the issue's targets are relative to them):
// - "floor": the text in one plain element and every span painted with the CSS Custom
//   Highlight API (one Highlight per label). No framework, no markup per span: the least a
//   page can do to show these highlights, so "navigation → painted" can be compared with it.
// - "peer": @recogito/text-annotator 4.1.1 (its UMD build, default renderer) over the same
//   text, the spans loaded with setAnnotations; edits through its API from a keydown handler.
// Both are served as static pages by a throwaway node:http server. Times are performance.now()
// (navigation start = 0), and an edit is timed like Parallax's: keydown timeStamp → a task
// queued from the animation frame after the change (for the peer, which redraws in a frame of
// its own, after its first DOM change following the keydown).
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { OffsetIndex } from "../../lib/domain/text/offsets";
import type { BenchArticle } from "./article";
import { addTargetWord, SETTLE_MS } from "./measure";
import { percentile } from "./report";

export interface RefLoad {
  navToPainted: number;
  longestTask: number;
}
export interface RefEdits {
  add: number[];
  retag: number[];
  delete: number[];
}

const LABEL_COLOURS: Record<string, string> = { claim: "#f59e0b", quote: "#0ea5e9", measure: "#10b981", date: "#a855f7" };

type PageData = ReturnType<typeof pageData>;

function pageData(article: BenchArticle) {
  const u16 = new OffsetIndex(article.text).utf16At;
  return {
    text: article.text,
    spans: article.spans.map((s, i) => ({ id: `s${i}`, label: s.label, start: u16[s.start], end: u16[s.end] })),
    words: article.words.map(([s, e]) => [u16[s], u16[e]]),
  };
}

const COMMON = `
  window.__longtasks = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longtasks.push(e.duration); }).observe({ type: "longtask", buffered: true });
  const data = JSON.parse(document.getElementById("data").textContent);
  const el = document.getElementById("text");
  el.textContent = data.text;
  const afterPaint = (fn) => requestAnimationFrame(() => setTimeout(fn, 0));
  window.__ops = [];
`;

function floorPage(json: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  body{font:17px/1.8 system-ui,sans-serif;max-width:705px;margin:2rem auto}
  #text{white-space:pre-wrap;overflow-wrap:anywhere}
  ${Object.entries(LABEL_COLOURS)
    .map(([l, c]) => `::highlight(${l}){background-color:${c}33;text-decoration:underline 2px ${c}}`)
    .join("\n")}
  </style></head><body><div id="text"></div><script id="data" type="application/json">${json}</script><script>
  ${COMMON}
  const node = el.firstChild;
  const byLabel = {};
  for (const s of data.spans) {
    const r = new StaticRange({ startContainer: node, startOffset: s.start, endContainer: node, endOffset: s.end });
    (byLabel[s.label] ??= []).push(r);
  }
  for (const [l, rs] of Object.entries(byLabel)) CSS.highlights.set(l, new Highlight(...rs));
  afterPaint(() => { window.__painted = performance.now(); });
  // Edits: the least a page can do for one, move a range between the label's highlights.
  const byId = new Map(data.spans.map((s, i) => [s.id, { label: s.label, range: byLabel[s.label].find((r) => r.startOffset === s.start && r.endOffset === s.end) }]));
  window.__ref = {
    selected: null, next: null, n: 0,
    select(id) { this.selected = id; window.scrollBy(0, rectOf(byId.get(id).range).top - window.innerHeight / 2); },
  };
  function rectOf(r) {
    const live = document.createRange();
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    return live.getBoundingClientRect();
  }
  const labels = { 1: "claim", 2: "quote", 3: "measure", 4: "date" };
  document.addEventListener("keydown", (ev) => {
    const p = window.__ref;
    const s = p.selected && byId.get(p.selected);
    let kind = null;
    if (labels[ev.key] && s) {
      CSS.highlights.get(s.label).delete(s.range);
      s.label = labels[ev.key];
      CSS.highlights.get(s.label).add(s.range);
      kind = "retag";
    } else if (labels[ev.key] && p.next) {
      const range = new StaticRange({ startContainer: node, startOffset: p.next[0], endContainer: node, endOffset: p.next[1] });
      byId.set("new" + p.n++, { label: labels[ev.key], range });
      CSS.highlights.get(labels[ev.key]).add(range);
      p.next = null;
      kind = "add";
    } else if (ev.key === "Delete" && s) {
      CSS.highlights.get(s.label).delete(s.range);
      byId.delete(p.selected);
      p.selected = null;
      kind = "delete";
    }
    if (kind) afterPaint(() => window.__ops.push({ kind, ms: performance.now() - ev.timeStamp }));
  });
  </script></body></html>`;
}

function peerPage(json: string, umd: string, css: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  body{font:17px/1.8 system-ui,sans-serif;max-width:705px;margin:2rem auto}
  #text{white-space:pre-wrap;overflow-wrap:anywhere;position:relative}
  ${css}
  </style><script>window.process = { env: { NODE_ENV: "production" } };</script><script>${umd}</script></head><body><div id="text"></div><script id="data" type="application/json">${json}</script><script>
  ${COMMON}
  const colours = ${JSON.stringify(LABEL_COLOURS)};
  const toAnnotation = (id, label, start, end) => ({
    id,
    bodies: [{ id: id + "-b", annotation: id, purpose: "tagging", value: label }],
    target: { annotation: id, selector: [{ quote: data.text.slice(start, end), start, end }] },
  });
  const anno = RecogitoJS.createTextAnnotator(el);
  anno.setStyle((a) => ({ fill: colours[a.bodies[0]?.value] ?? "#999", fillOpacity: 0.25, underlineColor: colours[a.bodies[0]?.value], underlineThickness: 2 }));
  anno.setAnnotations(data.spans.map((s) => toAnnotation(s.id, s.label, s.start, s.end)));
  afterPaint(() => { window.__painted = performance.now(); });
  window.__ref = {
    anno, selected: null, next: null, n: 0, pending: null,
    select(id) { this.selected = id; anno.scrollIntoView(id); },
  };
  const labels = { 1: "claim", 2: "quote", 3: "measure", 4: "date" };
  document.addEventListener("keydown", (ev) => {
    const p = window.__ref;
    let kind = null;
    if (labels[ev.key] && p.selected) {
      const a = anno.getAnnotationById(p.selected);
      anno.updateAnnotation({ ...a, bodies: [{ ...a.bodies[0], value: labels[ev.key] }] });
      kind = "retag";
    } else if (labels[ev.key] && p.next) {
      const [s, e] = p.next;
      anno.addAnnotation(toAnnotation("new" + p.n++, labels[ev.key], s, e));
      p.next = null;
      kind = "add";
    } else if (ev.key === "Delete" && p.selected) {
      anno.removeAnnotation(p.selected);
      p.selected = null;
      kind = "delete";
    }
    if (!kind) return;
    // The library redraws in its own later frame: time to the paint after its first DOM change.
    p.pending = { kind, start: ev.timeStamp };
  });
  new MutationObserver(() => {
    const op = window.__ref.pending;
    if (!op) return;
    window.__ref.pending = null;
    afterPaint(() => window.__ops.push({ kind: op.kind, ms: performance.now() - op.start }));
  }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  </script></body></html>`;
}

export interface RefServer {
  url: string;
  /** What the pages were built from: the text, and the spans and words in UTF-16 offsets. */
  data: PageData;
  stop(): Promise<void>;
}

export async function startRefServer(article: BenchArticle): Promise<RefServer> {
  const dist = path.join(process.cwd(), "node_modules/@recogito/text-annotator/dist");
  const data = pageData(article);
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  const umd = fs.readFileSync(path.join(dist, "text-annotator.umd.js"), "utf8").replace(/<\/script/gi, "<\\/script");
  const css = fs.readFileSync(path.join(dist, "text-annotator.css"), "utf8");
  const pages: Record<string, string> = { "/floor": floorPage(json), "/peer": peerPage(json, umd, css) };
  const server = http.createServer((req, res) => {
    const body = pages[req.url ?? ""];
    res.writeHead(body ? 200 : 404, { "content-type": "text/html; charset=utf-8" }).end(body ?? "not found");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, data, stop: () => new Promise((r) => server.close(() => r())) };
}

declare const window: {
  innerHeight: number;
  scrollBy(x: number, y: number): void;
  __painted?: number;
  __longtasks: number[];
  __ops: { kind: string; ms: number }[];
  __ref: { next: [number, number] | null; select(id: string): void };
};

/** Median navigation → painted over `loads` fresh loads (after one warm-up), and the longest task. */
export async function measureRefLoad(browser: Browser, url: string, loads = 5): Promise<RefLoad> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const painted: number[] = [];
  let longestTask = 0;
  for (let i = 0; i <= loads; i++) {
    await page.goto(url, { waitUntil: "commit" });
    await page.waitForFunction(() => window.__painted !== undefined, undefined, { timeout: 120_000 });
    await page.waitForTimeout(500);
    const r = await page.evaluate(() => ({ p: window.__painted!, t: Math.max(0, ...window.__longtasks) }));
    if (i > 0) painted.push(r.p);
    longestTask = Math.max(longestTask, r.t);
  }
  await context.close();
  return { navToPainted: percentile(painted, 50), longestTask };
}

async function timed(page: Page, key: string): Promise<number> {
  const before = await page.evaluate(() => window.__ops.length);
  await page.keyboard.press(key);
  await page.waitForFunction((n) => window.__ops.length > n, before, { timeout: 10_000 });
  await page.waitForTimeout(120);
  return page.evaluate(() => window.__ops.at(-1)!.ms);
}

/**
 * 20 timed adds, retags and deletes on one reference page (after one untimed warm-up of
 * each), spread through the text like Parallax's (measure.ts).
 */
export async function measureRefEdits(browser: Browser, refs: RefServer, which: "floor" | "peer", rounds = 20): Promise<RefEdits> {
  const { data } = refs;
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${refs.url}/${which}`);
  await page.waitForFunction(() => window.__painted !== undefined, undefined, { timeout: 120_000 });
  await page.waitForTimeout(1000);
  const out: RefEdits = { add: [], retag: [], delete: [] };
  for (let i = 0; i <= rounds; i++) {
    const w = addTargetWord(i, rounds, data.words.length);
    const range: [number, number] = [data.words[w][0], data.words[w + 2 + (i % 3)][1]];
    await page.evaluate((r) => {
      window.__ref.next = r;
      const node = document.getElementById("text")!.firstChild!;
      const range = document.createRange();
      range.setStart(node, r[0]);
      range.setEnd(node, r[1]);
      const box = range.getBoundingClientRect();
      window.scrollBy(0, box.top - window.innerHeight / 2);
    }, range);
    await page.waitForTimeout(SETTLE_MS);
    const t = await timed(page, "1");
    if (i > 0) out.add.push(t);
  }
  const step = Math.floor(data.spans.length / (rounds * 2 + 4));
  const select = async (id: string) => {
    await page.evaluate((k) => window.__ref.select(k), id);
    await page.waitForTimeout(SETTLE_MS);
  };
  const next: Record<string, string> = { claim: "2", quote: "3", measure: "4", date: "1" };
  for (let i = 0; i <= rounds; i++) {
    const s = data.spans[i * step];
    await select(s.id);
    const t = await timed(page, next[s.label]);
    if (i > 0) out.retag.push(t);
  }
  for (let i = 0; i <= rounds; i++) {
    await select(data.spans[data.spans.length - 1 - i * step].id);
    const t = await timed(page, "Delete");
    if (i > 0) out.delete.push(t);
  }
  await context.close();
  return out;
}
