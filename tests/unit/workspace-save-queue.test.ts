import { describe, expect, it } from "vitest";
import { SaveQueue, backoffMs, type Timers } from "@/lib/client/save-queue";
import { WorkspaceModel } from "@/lib/client/workspace-model";
import type { ServerSpan, SpanData } from "@/lib/client/span-types";

/**
 * A fake server behind `fetch`: an in-memory layer with versions, the same status codes
 * and error bodies as the real JSON API, and a log of requests. (Not a database mock: the
 * save queue only ever talks HTTP.)
 */
class FakeApi {
  spans = new Map<string, ServerSpan>();
  log: string[] = [];
  failNext: number[] = [];
  /** Deleted spans by id, as the server's history keeps them (for restore). */
  deleted = new Map<string, ServerSpan>();
  private nextId = 1;

  fetch = async (url: string, init: RequestInit): Promise<Response> => {
    const method = init.method ?? "GET";
    const body = init.body ? JSON.parse(String(init.body)) : undefined;
    this.log.push(`${method} ${url}${body ? " " + JSON.stringify(body) : ""}`);
    await Promise.resolve();
    const failure = this.failNext.shift();
    if (failure === 0) throw new TypeError("Failed to fetch");
    if (failure) return json(failure, { error: { code: "x", message: `status ${failure}` } });
    if (method === "GET") return json(200, { annotations: [...this.spans.values()] });
    const restore = /^\/api\/annotations\/([^/]+)\/restore$/.exec(url);
    if (method === "POST" && restore) {
      const old = this.deleted.get(decodeURIComponent(restore[1]));
      if (!old) return json(404, { error: { code: "not_found", message: "A deleted span with this id was not found." } });
      const span: ServerSpan = { ...old, ...body, id: old.id, version: old.version + 1 };
      this.deleted.delete(old.id);
      this.spans.set(span.id, span);
      return json(201, { annotation: span, links: [] });
    }
    if (method === "POST") {
      const dup = [...this.spans.values()].find((s) => s.label === body.label && s.start === body.start && s.end === body.end);
      if (dup) return json(409, { error: { code: "conflict", message: "duplicate" } });
      const span: ServerSpan = { id: `s${this.nextId++}`, version: 1, note: "", attributes: {}, ...body };
      this.spans.set(span.id, span);
      return json(201, { annotation: span });
    }
    const id = decodeURIComponent(url.split("/api/annotations/")[1].split("?")[0]);
    const cur = this.spans.get(id);
    if (!cur) return json(404, { error: { code: "not_found", message: "Span was not found." } });
    if (method === "DELETE") {
      const version = Number(new URL(url, "http://x").searchParams.get("version"));
      if (version !== cur.version) return json(409, { error: { code: "conflict", message: "stale" } });
      this.spans.delete(id);
      this.deleted.set(id, cur);
      return new Response(null, { status: 204 });
    }
    if (body.version !== cur.version) return json(409, { error: { code: "conflict", message: "stale", details: { current: cur } } });
    const { version: _v, ...patch } = body;
    const next = { ...cur, ...patch, version: cur.version + 1 };
    this.spans.set(id, next);
    return json(200, { annotation: next });
  };

  /** Another tab edits a span directly. */
  editElsewhere(id: string, patch: Partial<ServerSpan>) {
    const cur = this.spans.get(id)!;
    this.spans.set(id, { ...cur, ...patch, version: cur.version + 1 });
  }
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
}

class FakeTimers implements Timers {
  t = 0;
  pending: { at: number; fn: () => void }[] = [];
  setTimeout(fn: () => void, ms: number) {
    const entry = { at: this.t + ms, fn };
    this.pending.push(entry);
    return entry;
  }
  clearTimeout(h: unknown) {
    this.pending = this.pending.filter((p) => p !== h);
  }
  now() {
    return this.t;
  }
  advance(ms: number) {
    this.t += ms;
    const due = this.pending.filter((p) => p.at <= this.t);
    this.pending = this.pending.filter((p) => p.at > this.t);
    due.forEach((p) => p.fn());
  }
}

const TEXT = "Japan said the curbs were not retaliation.";
const data = (patch: Partial<SpanData> = {}): SpanData => ({
  label: "claim",
  start: 0,
  end: 5,
  text: "Japan",
  attributes: {},
  note: "",
  ...patch,
});
const noop = { saved: () => {}, conflict: () => {}, changed: () => {} };

function model(api: FakeApi, timers = new FakeTimers()) {
  return new WorkspaceModel({
    documentId: "d1",
    text: TEXT,
    spans: [...api.spans.values()],
    fetch: api.fetch,
    timers,
    now: () => timers.t,
  });
}

describe("SaveQueue", () => {
  it("sends ops in order, a create before its update, mapping the temporary key to the server id", async () => {
    const api = new FakeApi();
    const q = new SaveQueue("d1", api.fetch, noop);
    q.enqueue("tmp1", data());
    q.enqueue("tmp2", data({ label: "quote" }));
    q.enqueue("tmp1", data({ note: "n" }));
    await q.idle();
    expect(api.log.map((l) => l.split(" {")[0])).toEqual([
      "POST /api/documents/d1/annotations",
      "POST /api/documents/d1/annotations",
      "PATCH /api/annotations/s1",
    ]);
    expect(api.log[2]).toContain('"version":1');
    expect(q.serverSpan("tmp1")).toMatchObject({ id: "s1", version: 2, note: "n" });
  });

  it("coalesces with the unsent tail: typing sends once; create-then-delete sends nothing", async () => {
    const api = new FakeApi();
    const q = new SaveQueue("d1", api.fetch, noop);
    q.enqueue("a", data()); // in flight at once
    q.enqueue("a", data({ note: "J" }));
    q.enqueue("a", data({ note: "Ja" }));
    q.enqueue("b", data({ label: "date" }));
    q.enqueue("b", null);
    await q.idle();
    expect(api.log.map((l) => l.split(" {")[0])).toEqual(["POST /api/documents/d1/annotations", "PATCH /api/annotations/s1"]);
    expect(api.log[1]).toContain('"note":"Ja"');
  });

  it("keeps a failed op, retries it with backoff, and blocks later ops meanwhile", async () => {
    const api = new FakeApi();
    const timers = new FakeTimers();
    const q = new SaveQueue("d1", api.fetch, noop, [], timers);
    api.failNext = [0, 503];
    q.enqueue("a", data());
    q.enqueue("b", data({ label: "quote" }));
    await q.idle();
    expect(q.status()).toMatchObject({ pending: 2, failure: { key: "a", attempts: 1, permanent: false, retryAt: backoffMs(1) } });
    timers.advance(backoffMs(1));
    await q.idle();
    expect(q.status().failure).toMatchObject({ attempts: 2, retryAt: timers.t + backoffMs(2), message: "status 503" });
    timers.advance(backoffMs(2));
    await q.idle();
    expect(q.status()).toEqual({ pending: 0, inFlight: false, failure: null });
    expect([...api.spans.values()].map((s) => s.label)).toEqual(["claim", "quote"]);
    expect(backoffMs(10)).toBe(30_000);
  });

  it("stops on a refusal until retried or discarded", async () => {
    const api = new FakeApi();
    const q = new SaveQueue("d1", api.fetch, noop);
    api.failNext = [400];
    q.enqueue("a", data());
    await q.idle();
    expect(q.status().failure).toMatchObject({ permanent: true, retryAt: null });
    q.retryNow();
    await q.idle();
    expect(q.status()).toMatchObject({ pending: 0, failure: null });
  });
});

describe("WorkspaceModel", () => {
  it("creates optimistically, refuses duplicates, and undo/redo of a delete restores the same id", async () => {
    const api = new FakeApi();
    const m = model(api);
    const made = m.create({ label: "claim", start: 0, end: 5 });
    expect(made.ok).toBe(true);
    const key = (made as { key: string }).key;
    expect(m.getSnapshot().byKey.get(key)).toMatchObject({ text: "Japan" }); // before any response
    expect(m.create({ label: "claim", start: 0, end: 5 })).toEqual({
      ok: false,
      message: 'You already tagged this exact text as "claim".',
    });
    await m.whenSaved();
    const firstId = m.serverId(key);
    m.remove(key);
    await m.whenSaved();
    expect(api.spans.size).toBe(0);
    m.undo();
    await m.whenSaved();
    expect(api.spans.size).toBe(1);
    expect(m.serverId(key)).toBe(firstId);
    expect(api.log.at(-1)).toMatch(new RegExp(`^POST /api/annotations/${firstId}/restore `));
    m.update(key, { attributes: { holder: "Japan (government)", stance: "denies" } });
    await m.whenSaved();
    expect([...api.spans.values()][0].attributes).toEqual({ holder: "Japan (government)", stance: "denies" });
    m.undo(); // attributes
    m.undo(); // the re-create (undo of the undone delete is a delete)
    m.redo();
    await m.whenSaved();
    expect([...api.spans.values()]).toHaveLength(1);
    expect(m.getSnapshot().canRedo).toBe(true);
  });

  it("retag, boundary change and note all round-trip with the exact text", async () => {
    const api = new FakeApi();
    const m = model(api);
    const { key } = m.create({ label: "claim", start: 0, end: 5 }) as { key: string };
    m.update(key, { label: "quote" });
    m.update(key, { end: 10 });
    m.update(key, { note: "check" });
    await m.whenSaved();
    expect([...api.spans.values()][0]).toMatchObject({ label: "quote", start: 0, end: 10, text: "Japan said", note: "check" });
    expect(api.log.some((l) => l.includes('"text":"Japan said"'))).toBe(true);
  });

  it("on a stale version adopts the server's span and tells the user", async () => {
    const api = new FakeApi();
    api.spans.set("s9", { id: "s9", version: 1, ...data() });
    const m = model(api);
    api.editElsewhere("s9", { label: "quote" }); // the other tab
    m.update("s9", { note: "mine" });
    await m.whenSaved();
    const snap = m.getSnapshot();
    expect(snap.byKey.get("s9")).toMatchObject({ label: "quote", note: "" });
    expect(snap.notices.at(-1)?.message).toMatch(/changed elsewhere/);
    expect(api.spans.get("s9")).toMatchObject({ version: 2, label: "quote", note: "" });
  });

  it("on a stale delete re-reads the span and shows it again", async () => {
    const api = new FakeApi();
    api.spans.set("s9", { id: "s9", version: 1, ...data() });
    const m = model(api);
    api.editElsewhere("s9", { note: "theirs" });
    m.remove("s9");
    expect(m.getSnapshot().byKey.has("s9")).toBe(false);
    await m.whenSaved();
    expect(m.getSnapshot().byKey.get("s9")).toMatchObject({ note: "theirs" });
  });

  it("marks unsaved keys until the server has them", async () => {
    const api = new FakeApi();
    const timers = new FakeTimers();
    const m = model(api, timers);
    api.failNext = [500];
    const { key } = m.create({ label: "date", start: 29, end: 41 }) as { key: string };
    await m.whenSaved();
    expect(m.getSnapshot().unsaved.has(key)).toBe(true);
    expect(m.getSnapshot().save.failure?.message).toBe("status 500");
    m.retrySaving();
    await m.whenSaved();
    expect(m.getSnapshot().unsaved.size).toBe(0);
    expect(m.getSnapshot().save.failure).toBeNull();
  });

  it("keeps the content snapshot while only the save state changes, and the save state while only content changes", async () => {
    const api = new FakeApi();
    const timers = new FakeTimers();
    const m = model(api, timers);
    const { key } = m.create({ label: "claim", start: 0, end: 5 }) as { key: string };
    const content = m.getContent();
    const saving = m.getSaveState();
    expect(saving.unsaved.has(key)).toBe(true);
    await m.whenSaved(); // request out, answer in: the save state changes twice, the content not at all
    expect(m.getContent()).toBe(content);
    expect(m.getSaveState()).not.toBe(saving);
    expect(m.getSaveState().unsaved.size).toBe(0);
    const saved = m.getSaveState();
    m.notify("info", "hello"); // content only
    expect(m.getContent()).not.toBe(content);
    expect(m.getContent().notices.at(-1)?.message).toBe("hello");
    expect(m.getSaveState()).toBe(saved);
    // A failure is content too: the failed span is drawn marked.
    api.failNext = [422];
    m.update(key, { note: "x" });
    await m.whenSaved();
    expect(m.getContent().failedKey).toBe(key);
    expect(m.getSaveState().save.failure?.permanent).toBe(true);
  });

  it("falls back to a new span when the server has nothing to restore", async () => {
    const api = new FakeApi();
    api.spans.set("s9", { id: "s9", version: 1, ...data() });
    const m = model(api);
    m.remove("s9");
    await m.whenSaved();
    api.deleted.clear(); // e.g. the history was pruned
    m.undo();
    await m.whenSaved();
    expect(api.log.slice(-2).map((l) => l.split(" ").slice(0, 2).join(" "))).toEqual([
      "POST /api/annotations/s9/restore",
      "POST /api/documents/d1/annotations",
    ]);
    expect(m.serverId("s9")).toMatch(/^s\d+$/);
    expect(api.spans.size).toBe(1);
  });

  it("sends typing in an attribute field as one PATCH after a pause, not one per letter", async () => {
    const api = new FakeApi();
    api.spans.set("s9", { id: "s9", version: 1, ...data() });
    const timers = new FakeTimers();
    const m = model(api, timers);
    let typed = "";
    for (const ch of "Taro Kono") {
      typed += ch;
      m.update("s9", { attributes: { holder: typed } }, "s9:attr:holder");
      timers.advance(100);
      await Promise.resolve();
    }
    expect(api.log.filter((l) => l.startsWith("PATCH"))).toHaveLength(0);
    expect(m.getSnapshot().unsaved.has("s9")).toBe(true);
    timers.advance(1000);
    await m.whenSaved();
    const patches = api.log.filter((l) => l.startsWith("PATCH"));
    expect(patches).toHaveLength(1);
    expect(patches[0]).toContain('"holder":"Taro Kono"');
    // A label change is not typing: it goes at once.
    m.update("s9", { label: "quote" });
    await m.whenSaved();
    expect(api.log.filter((l) => l.startsWith("PATCH"))).toHaveLength(2);
  });
});
