import { beforeAll, describe, expect, inject, it } from "vitest";
import { signedIn, type Client } from "../support/http-client";
import { annotate, makeReviewProject, spanOf, type ReviewProject } from "../support/review-project";
import { useTestDatabase } from "../support/data-layer";

// Offsets are code points; the emoji makes UTF-16 and code-point offsets differ.
const text = "🇰🇷 Seoul called it an apparent retaliatory step on July 1, 2019. Tokyo denied it. Exports fell 30 percent in August.";

let p: ReviewProject;
let docId: string;
let a1: Client;
let a2: Client;
let reviewer: Client;
let admin: Client;

type Item = {
  key: string;
  kind: string;
  start: number;
  end: number;
  versions: { span: { label: string; start: number; end: number; attributes: Record<string, unknown> }; annotatorIds: string[] }[];
  missing: string[];
};
type ItemState = {
  item: Item;
  decision: null | { id: string; decision: string; version: number | null; recorded: boolean; gold: { id: string; label: string } | null };
};

const view = async (c: Client = reviewer) => (await c.json("GET", `/api/documents/${docId}/adjudication`)).body;
const itemOf = async (kind: string): Promise<ItemState> => (await view()).items.find((s: ItemState) => s.item.kind === kind);
const gold = async () =>
  (await reviewer.json("GET", `/api/documents/${docId}/annotations?layer=gold`)).body.annotations as {
    id: string;
    label: string;
    start: number;
    end: number;
    attributes: Record<string, unknown>;
  }[];
const decide = (c: Client, body: Record<string, unknown>) => c.json("POST", `/api/documents/${docId}/adjudication/decisions`, body);

beforeAll(async () => {
  p = await makeReviewProject([text]);
  docId = p.documentIds[0];
  const base = inject("baseUrl");
  [a1, a2, reviewer, admin] = await Promise.all(
    ["annotator1@example.com", "annotator2@example.com", "reviewer@example.com", "admin@example.com"].map((e) => signedIn(base, e)),
  );
  await annotate(a1, docId, [
    spanOf(text, "claim", "Seoul called it an apparent retaliatory step", { stance: "asserts" }),
    spanOf(text, "quote", "an apparent retaliatory step"),
    spanOf(text, "date", "July 1, 2019", { value: "2019-07-01" }),
    spanOf(text, "measure", "30 percent"),
  ]);
  await annotate(a2, docId, [
    spanOf(text, "claim", "Seoul called it an apparent retaliatory step", { stance: "asserts" }),
    spanOf(text, "claim", "an apparent retaliatory step"),
    spanOf(text, "date", "July 1", { value: "2019-07-01" }),
    spanOf(text, "measure", "30 percent", { value: 30, unit: "percent" }),
    spanOf(text, "claim", "Tokyo denied it", { stance: "denies" }),
  ]);
});

describe("adjudication", () => {
  it("aligns the finished layers into items of every kind, nothing decided yet", async () => {
    const v = await view();
    expect(v.document.status).toBe("open");
    expect(v.items.map((s: ItemState) => s.item.kind).sort()).toEqual([
      "agreed",
      "attribute_mismatch",
      "boundary_mismatch",
      "label_mismatch",
      "partial",
    ]);
    expect(v.counts).toMatchObject({ items: 5, decided: 0, agreed: 1, disagreements: 4 });
    expect(v.annotators.map((a: { name: string; included: boolean }) => [a.name, a.included])).toEqual([
      ["Ana Annotator", true],
      ["Ben Annotator", true],
    ]);
    const partial = v.items.find((s: ItemState) => s.item.kind === "partial");
    expect(partial.item.missing).toEqual([p.ids.a1]);
    expect(v.people[p.ids.a2]).toBe("Ben Annotator");
  });

  it("refuses to mark adjudicated with undecided items, and starting pre-accepts the agreed span", async () => {
    const early = await reviewer.json("PUT", `/api/documents/${docId}/adjudication/status`, { status: "adjudicated" });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toMatch(/4 items are still undecided/);
    const started = await reviewer.json("PUT", `/api/documents/${docId}/adjudication/status`, { status: "in_adjudication" });
    expect(started.status).toBe(200);
    expect(started.body).toEqual({ status: "in_adjudication", preAccepted: 1 });
    const agreed = await itemOf("agreed");
    expect(agreed.decision).toMatchObject({ decision: "auto", recorded: true, version: 1 });
    expect((await gold()).map((g) => g.label)).toEqual(["claim"]);
  });

  it.each([
    [{ decision: "accept" }, 400, /version is required/],
    [{ decision: "edit" }, 400, /span is required/],
    [{ decision: "maybe" }, 400, /decision must be/],
    [{ decision: "accept", version: 9 }, 404, /Version 9/],
    [{ decision: "edit", span: { label: "claim", start: 5, end: 500 } }, 400, /past the end/],
    [{ decision: "edit", span: { label: "rumour", start: 2, end: 7 } }, 400, /Unknown label/],
    [{ decision: "edit", span: { label: "claim", start: 2, end: 7, text: "Tokyo" } }, 400, /does not match/],
    [{ decision: "edit", span: { label: "date", start: 2, end: 7, attributes: { value: "July" } } }, 400, /ISO/],
  ])("refuses %j with %i and writes nothing", async (body, status, message) => {
    const item = await itemOf("partial");
    const res = await decide(reviewer, { itemKey: item.item.key, ...body });
    expect(res.status).toBe(status);
    expect(res.body.error.message).toMatch(message);
    expect((await itemOf("partial")).decision).toBeNull();
  });

  it("answers 409 for an item key that is not in the alignment", async () => {
    const res = await decide(reviewer, { itemKey: "0-1-ffffffffffffffff", decision: "reject" });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("conflict");
  });

  it("accepts a version into gold, and needs the decision id to change its mind", async () => {
    const item = await itemOf("boundary_mismatch");
    const wide = item.item.versions.findIndex((v) => v.span.end - v.span.start === Array.from("July 1, 2019").length) + 1;
    const first = await decide(reviewer, { itemKey: item.item.key, decision: "accept", version: wide });
    expect(first.status).toBe(201);
    expect(first.body.gold).toMatchObject({ label: "date", layer: "gold", text: "July 1, 2019", attributes: { value: "2019-07-01" } });
    const again = await decide(admin, { itemKey: item.item.key, decision: "accept", version: 3 - wide });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/Rae Reviewer already decided this item/);
    const changed = await decide(admin, { itemKey: item.item.key, decision: "accept", version: 3 - wide, replaces: first.body.decisionId });
    expect(changed.status).toBe(201);
    const dates = (await gold()).filter((g) => g.label === "date");
    expect(dates).toHaveLength(1);
    expect(dates[0].end - dates[0].start).toBe(Array.from("July 1").length);
    expect((await itemOf("boundary_mismatch")).decision).toMatchObject({ decision: "accept", version: 3 - wide });
  });

  it("rejects a span only some annotators found: nothing goes into gold", async () => {
    const item = await itemOf("partial");
    const res = await decide(reviewer, { itemKey: item.item.key, decision: "reject" });
    expect(res.status).toBe(201);
    expect(res.body.gold).toBeNull();
    expect((await gold()).some((g) => g.label === "claim" && g.attributes.stance === "denies")).toBe(false);
  });

  it("edits a label mismatch into the reviewer's own version", async () => {
    const item = await itemOf("label_mismatch");
    const span = {
      label: "quote",
      start: item.item.start,
      end: item.item.end,
      attributes: { speaker: "Seoul", kind: "direct" },
      note: "a quote inside the claim",
    };
    const res = await decide(reviewer, { itemKey: item.item.key, decision: "edit", span });
    expect(res.status).toBe(201);
    expect(res.body.gold).toMatchObject({ ...span, text: "an apparent retaliatory step" });
    expect((await itemOf("label_mismatch")).decision).toMatchObject({ decision: "edit", version: null });
  });

  it("lets exactly one of two reviewers deciding the same item at once win; gold stays consistent", async () => {
    const item = await itemOf("attribute_mismatch");
    const results = await Promise.all([
      decide(reviewer, { itemKey: item.item.key, decision: "accept", version: 1 }),
      decide(admin, { itemKey: item.item.key, decision: "accept", version: 2 }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const loser = results.find((r) => r.status === 409)!;
    expect(loser.body.error.message).toMatch(/already decided|same moment/);
    const measures = (await gold()).filter((g) => g.label === "measure");
    expect(measures).toHaveLength(1);
    const winner = results.find((r) => r.status === 201)!;
    expect(measures[0].id).toBe(winner.body.gold.id);
    const db = await useTestDatabase();
    expect(await db.adjudicationDecision.count({ where: { documentId: docId, itemKey: item.item.key } })).toBe(1);
  });

  it("undoes a pre-accepted span (and 404s a second undo), then accepts it again", async () => {
    const agreed = await itemOf("agreed");
    const undo = await reviewer.fetch(`/api/documents/${docId}/adjudication/decisions/${agreed.item.key}`, { method: "DELETE" });
    expect(undo.status).toBe(204);
    expect((await itemOf("agreed")).decision).toBeNull();
    expect((await gold()).some((g) => g.label === "claim" && g.attributes.stance === "asserts")).toBe(false);
    const twice = await reviewer.fetch(`/api/documents/${docId}/adjudication/decisions/${agreed.item.key}`, { method: "DELETE" });
    expect(twice.status).toBe(404);
    expect((await decide(reviewer, { itemKey: agreed.item.key, decision: "accept", version: 1 })).status).toBe(201);
  });

  it("undo with a stale decision id answers 409 and keeps the decision", async () => {
    const item = await itemOf("boundary_mismatch");
    const res = await reviewer.fetch(`/api/documents/${docId}/adjudication/decisions/${item.item.key}?decisionId=not-the-current-one`, {
      method: "DELETE",
    });
    expect(res.status).toBe(409);
    expect((await itemOf("boundary_mismatch")).decision).not.toBeNull();
  });

  it("keeps a span nobody made in gold, and refuses a decision that would duplicate it without writing anything", async () => {
    const added = await reviewer.json(
      "POST",
      `/api/documents/${docId}/annotations?layer=gold`,
      spanOf(text, "date", "August", { value: "2019-08" }),
    );
    expect(added.status).toBe(201);
    const v = await view();
    expect(v.added.map((g: { id: string }) => g.id)).toEqual([added.body.annotation.id]);
    const item = await itemOf("partial");
    const clash = await decide(reviewer, {
      itemKey: item.item.key,
      decision: "edit",
      replaces: item.decision!.id,
      span: { ...spanOf(text, "date", "August"), attributes: {} },
    });
    expect(clash.status).toBe(409);
    expect(clash.body.error.message).toMatch(/Gold already has a "date" span/);
    expect((await itemOf("partial")).decision).toMatchObject({ id: item.decision!.id, decision: "reject" });
  });

  it("marks the document adjudicated once every item is decided; decisions are then closed and blind mode lifts", async () => {
    expect((await view()).counts.undecided).toBe(0);
    const a1GoldBefore = await a1.json("GET", `/api/documents/${docId}/annotations?layer=gold`);
    expect(a1GoldBefore.status).toBe(403);
    const res = await reviewer.json("PUT", `/api/documents/${docId}/adjudication/status`, { status: "adjudicated" });
    expect(res.status).toBe(200);
    expect((await view()).document.status).toBe("adjudicated");
    const late = await decide(reviewer, { itemKey: (await itemOf("partial")).item.key, decision: "accept", version: 1, replaces: "x" });
    expect(late.status).toBe(409);
    expect(late.body.error.message).toMatch(/already adjudicated/);
    const a1Gold = await a1.json("GET", `/api/documents/${docId}/annotations?layer=gold`);
    expect(a1Gold.status).toBe(200);
    expect(a1Gold.body.annotations).toHaveLength(5); // claim, quote (edited), date, measure, August
  });

  it("records every decision and status change in the history with who and before/after", async () => {
    const res = await reviewer.json("GET", `/api/documents/${docId}/history?limit=1000`);
    expect(res.status).toBe(200);
    const events = res.body.events as { action: string; actorName: string; before: any; after: any }[];
    const actions = events.map((e) => e.action);
    for (const a of ["create", "accept", "reject", "edit", "undo", "status"]) expect(actions).toContain(a);
    expect(events.filter((e) => e.action === "create" && e.actorName === "Ana Annotator")).toHaveLength(4);
    const replaced = events.find((e) => e.action === "accept" && e.before && e.actorName === "Ada Admin" && e.after.span?.label === "date");
    expect(replaced?.before.span.text).toBe("July 1, 2019");
    expect(replaced?.after.span.text).toBe("July 1");
    const statuses = events.filter((e) => e.action === "status").map((e) => e.after.status);
    expect(statuses).toEqual(["adjudicated", "in_adjudication"]); // newest first
    expect(res.body.people[p.ids.a1]).toBe("Ana Annotator");
  });

  it("pages the history with ?before= and refuses a bad limit", async () => {
    const first = await reviewer.json("GET", `/api/documents/${docId}/history?limit=3`);
    expect(first.body.events).toHaveLength(3);
    const next = await reviewer.json("GET", `/api/documents/${docId}/history?limit=3&before=${first.body.nextBefore}`);
    expect(next.body.events[0].id).not.toBe(first.body.events[2].id);
    expect(new Set([...first.body.events, ...next.body.events].map((e: { id: string }) => e.id)).size).toBe(6);
    expect((await reviewer.json("GET", `/api/documents/${docId}/history?limit=0`)).status).toBe(400);
  });

  it("reopens adjudication on request", async () => {
    const res = await reviewer.json("PUT", `/api/documents/${docId}/adjudication/status`, { status: "in_adjudication" });
    expect(res.status).toBe(200);
    expect((await view()).document.status).toBe("in_adjudication");
    expect((await reviewer.json("PUT", `/api/documents/${docId}/adjudication/status`, { status: "done" })).status).toBe(400);
  });

  it("renders the review and history pages for a reviewer", async () => {
    const review = await reviewer.fetch(`/documents/${docId}/review`);
    expect(review.status).toBe(200);
    expect(await review.text()).toContain("Adjudication");
    const history = await reviewer.fetch(`/documents/${docId}/history`);
    expect(history.status).toBe(200);
    expect(await history.text()).toContain("Rae Reviewer");
  });
});
