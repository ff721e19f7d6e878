// Issue 11, items 1, 2 and 5: proposition links survive undo of a delete and adjudication,
// boards prefer gold, and link, unlink, restore and evidence changes are in the history.
import { beforeAll, describe, expect, inject, it } from "vitest";
import { signedIn, type Client } from "../support/http-client";
import { annotate, makeReviewProject, spanOf, type ReviewProject } from "../support/review-project";
import { demoProjectId } from "../support/data-layer";

// Code points: the flag is 2, "👍🏽" 2, "é" (NFC) 1, CJK one each, the line break 1.
const text =
  "🇰🇷 Seoul called the curbs 報復 👍🏽, an apparent retaliatory step.\nCafé owners in Tokyo denied it was retaliation.\nExports fell 30 percent.";
const CLAIM_A = "Seoul called the curbs 報復 👍🏽, an apparent retaliatory step";
const CLAIM_B = "Tokyo denied it was retaliation";
const CLAIM_X = "Café owners in Tokyo";

let p: ReviewProject;
let docId: string;
let a1: Client;
let a2: Client;
let reviewer: Client;
let p1: string;
let p2: string;

type Span = { id: string; label: string; start: number; end: number; text: string; layer: string; version: number };
type Link = { propositionId: string; stance: string };
const mine = async (c: Client) => (await c.json("GET", `/api/documents/${docId}/annotations`)).body.annotations as Span[];
const linksOf = async (c: Client, annotationId: string) =>
  (await c.json("GET", `/api/projects/${p.projectId}/propositions?rankFor=${annotationId}`)).body.links as Link[];
const board = async (id: string) =>
  (await reviewer.json("GET", `/api/propositions/${id}`)).body.proposition as {
    mentions: { annotationId: string; layer: string; layerName: string; stance: string; documentId: string }[];
    reconciliation: { evidence: string[]; version: number };
  };
const history = async () =>
  (await reviewer.json("GET", `/api/documents/${docId}/history`)).body.events as {
    action: string;
    annotationId: string | null;
    before: any;
    after: any;
  }[];
const link = async (c: Client, propositionId: string, annotationId: string, stance: string) => {
  const res = await c.json("POST", `/api/propositions/${propositionId}/links`, { annotationId, stance });
  expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
};

beforeAll(async () => {
  p = await makeReviewProject([text]);
  docId = p.documentIds[0];
  const base = inject("baseUrl");
  [a1, a2, reviewer] = await Promise.all(
    ["annotator1@example.com", "annotator2@example.com", "reviewer@example.com"].map((e) => signedIn(base, e)),
  );
  const make = async (statement: string) =>
    (await reviewer.json("POST", `/api/projects/${p.projectId}/propositions`, { statement })).body.proposition.id as string;
  p1 = await make(`The curbs were retaliation ${Date.now()}`);
  p2 = await make(`Tokyo denies retaliation ${Date.now()}`);
  await annotate(a1, docId, [spanOf(text, "claim", CLAIM_A), spanOf(text, "claim", CLAIM_B), spanOf(text, "measure", "30 percent")], false);
  await annotate(a2, docId, [spanOf(text, "claim", CLAIM_A), spanOf(text, "claim", CLAIM_B), spanOf(text, "measure", "30 percent")], false);
  const byText = (spans: Span[], t: string) => spans.find((s) => s.text === t)!.id;
  const s1 = await mine(a1);
  const s2 = await mine(a2);
  // Annotators agree on B's link, and link A with different stances.
  await link(a1, p1, byText(s1, CLAIM_A), "supports");
  await link(a2, p1, byText(s2, CLAIM_A), "refutes");
  await link(a1, p2, byText(s1, CLAIM_B), "supports");
  await link(a2, p2, byText(s2, CLAIM_B), "supports");
});

describe("undo of a deleted claim", () => {
  it("restores the span under the same id with its links, the board's mention and its evidence", async () => {
    const created = await a1.json("POST", `/api/documents/${docId}/annotations`, spanOf(text, "claim", CLAIM_X));
    const x: Span = created.body.annotation;
    await link(a1, p2, x.id, "reports");
    const saved = await reviewer.json("PUT", `/api/propositions/${p2}/reconciliation`, { status: "open", evidence: [x.id], version: 0 });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect((await board(p2)).mentions.map((m) => m.annotationId)).toContain(x.id);

    expect((await a1.json("DELETE", `/api/annotations/${x.id}?version=${x.version}`)).status).toBe(204);
    expect((await board(p2)).mentions.map((m) => m.annotationId)).not.toContain(x.id);
    // Only its author (or a manager) can bring it back; an id never deleted is a 404.
    expect((await a2.json("POST", `/api/annotations/${x.id}/restore`, spanOf(text, "claim", CLAIM_X))).status).toBe(403);
    expect((await a1.json("POST", `/api/annotations/nope/restore`, spanOf(text, "claim", CLAIM_X))).status).toBe(404);

    const restored = await a1.json("POST", `/api/annotations/${x.id}/restore`, spanOf(text, "claim", CLAIM_X));
    expect(restored.status, JSON.stringify(restored.body)).toBe(201);
    expect(restored.body.annotation).toMatchObject({
      id: x.id,
      start: x.start,
      end: x.end,
      text: CLAIM_X,
      layer: `user:${p.ids.a1}`,
      version: x.version + 1,
    });
    expect(restored.body.links).toMatchObject([{ propositionId: p2, stance: "reports" }]);
    expect(await linksOf(a1, x.id)).toMatchObject([{ propositionId: p2, stance: "reports" }]);
    const after = await board(p2);
    expect(after.mentions.find((m) => m.annotationId === x.id)).toMatchObject({ stance: "reports", layer: `user:${p.ids.a1}` });
    expect(after.reconciliation.evidence).toContain(x.id);
    // A second restore finds it there already.
    expect((await a1.json("POST", `/api/annotations/${x.id}/restore`, spanOf(text, "claim", CLAIM_X))).status).toBe(409);

    const events = (await history()).filter((e) => e.annotationId === x.id).map((e) => e.action);
    expect(events).toEqual(["restore", "delete", "evidence", "link", "create"]);
    const del = (await history()).find((e) => e.annotationId === x.id && e.action === "delete")!;
    expect(del.before.links).toMatchObject([{ propositionId: p2, stance: "reports" }]);
    // Clean up so adjudication below sees only the claims it is about.
    await a1.json("DELETE", `/api/annotations/${x.id}?version=${restored.body.annotation.version}`);
  });

  it("puts a restored claim's link on the proposition its own was merged into meanwhile", async () => {
    const make = async (statement: string) =>
      (await reviewer.json("POST", `/api/projects/${p.projectId}/propositions`, { statement })).body.proposition.id as string;
    const from = await make(`Owners deny it ${Date.now()}`);
    const into = await make(`Owners in Tokyo deny retaliation ${Date.now()}`);
    const x = (await a1.json("POST", `/api/documents/${docId}/annotations`, spanOf(text, "claim", CLAIM_X))).body.annotation as Span;
    await link(a1, from, x.id, "supports");
    expect((await a1.json("DELETE", `/api/annotations/${x.id}?version=${x.version}`)).status).toBe(204);
    expect((await reviewer.json("POST", `/api/propositions/${from}/merge`, { into })).status).toBeLessThan(300);
    const restored = await a1.json("POST", `/api/annotations/${x.id}/restore`, spanOf(text, "claim", CLAIM_X));
    expect(restored.status, JSON.stringify(restored.body)).toBe(201);
    expect(restored.body.links).toMatchObject([{ propositionId: into, stance: "supports" }]);
    expect((await board(into)).mentions.map((m) => m.annotationId)).toContain(x.id);
    await a1.json("DELETE", `/api/annotations/${x.id}?version=${restored.body.annotation.version}`);
  });

  it("refuses a restore whose range is taken again, and changes nothing", async () => {
    const made = (await a1.json("POST", `/api/documents/${docId}/annotations`, spanOf(text, "date", "Tokyo"))).body.annotation as Span;
    await a1.json("DELETE", `/api/annotations/${made.id}?version=1`);
    const again = (await a1.json("POST", `/api/documents/${docId}/annotations`, spanOf(text, "date", "Tokyo"))).body.annotation as Span;
    const res = await a1.json("POST", `/api/annotations/${made.id}/restore`, spanOf(text, "date", "Tokyo"));
    expect(res.status).toBe(409);
    expect((await mine(a1)).filter((s) => s.label === "date").map((s) => s.id)).toEqual([again.id]);
    await a1.json("DELETE", `/api/annotations/${again.id}?version=1`);
  });
});

describe("adjudication keeps links", () => {
  it("makes differing links an item, pre-accepts agreed links into gold, and accepted gold inherits the annotator's links", async () => {
    for (const c of [a1, a2]) expect((await c.json("PUT", `/api/documents/${docId}/status`, { status: "done" })).status).toBe(200);
    const view = (await reviewer.json("GET", `/api/documents/${docId}/adjudication`)).body;
    const kinds = view.items.map((s: { item: { kind: string; start: number } }) => s.item.kind).sort();
    expect(kinds).toEqual(["agreed", "agreed", "link_mismatch"]);
    const mismatch = view.items.find((s: { item: { kind: string } }) => s.item.kind === "link_mismatch").item;
    expect(mismatch.versions.map((v: { span: { links: Link[] } }) => v.span.links)).toEqual(
      expect.arrayContaining([[{ propositionId: p1, stance: "supports" }], [{ propositionId: p1, stance: "refutes" }]]),
    );
    expect(view.propositions[p1]).toMatch(/retaliation/);

    // Before gold exists, the board shows both annotators' mentions of claim A.
    expect((await board(p1)).mentions.map((m) => m.layer).sort()).toEqual([`user:${p.ids.a1}`, `user:${p.ids.a2}`].sort());

    expect((await reviewer.json("PUT", `/api/documents/${docId}/adjudication/status`, { status: "in_adjudication" })).status).toBe(200);
    const gold = async () => (await reviewer.json("GET", `/api/documents/${docId}/annotations?layer=gold`)).body.annotations as Span[];
    const goldB = (await gold()).find((s) => s.text === CLAIM_B)!;
    expect(await linksOf(reviewer, goldB.id)).toMatchObject([{ propositionId: p2, stance: "supports" }]);

    const a1Version = mismatch.versions.findIndex((v: { annotatorIds: string[] }) => v.annotatorIds.includes(p.ids.a1)) + 1;
    const decided = await reviewer.json("POST", `/api/documents/${docId}/adjudication/decisions`, {
      itemKey: mismatch.key,
      decision: "accept",
      version: a1Version,
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(201);
    const goldA = (await gold()).find((s) => s.text === CLAIM_A)!;
    expect(await linksOf(reviewer, goldA.id)).toMatchObject([{ propositionId: p1, stance: "supports" }]);

    // The board now cites the gold mention of this document, says so, and not the annotators' copies.
    const mentions = (await board(p1)).mentions.filter((m) => m.documentId === docId);
    expect(mentions.map((m) => [m.annotationId, m.layerName, m.stance])).toEqual([[goldA.id, "Gold", "supports"]]);
    const b2 = (await board(p2)).mentions.filter((m) => m.documentId === docId);
    expect(b2.map((m) => m.layer)).toEqual(["gold"]);
  });

  it("undoing the decision removes the gold claim and its links together", async () => {
    const view = (await reviewer.json("GET", `/api/documents/${docId}/adjudication`)).body;
    const state = view.items.find((s: { item: { kind: string } }) => s.item.kind === "link_mismatch");
    const res = await reviewer.json("DELETE", `/api/documents/${docId}/adjudication/decisions/${encodeURIComponent(state.item.key)}`);
    expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
    // No gold mention of A is left; the annotators' mentions come back only if the document had no gold at all.
    const mentions = (await board(p1)).mentions.filter((m) => m.documentId === docId);
    expect(mentions).toEqual([]);
  });
});

describe("history of links", () => {
  it("records link, stance change and unlink with the proposition and the claim", async () => {
    const s1 = await mine(a1);
    const b = s1.find((s) => s.text === CLAIM_B)!;
    await link(a1, p2, b.id, "reports");
    expect((await a1.json("DELETE", `/api/propositions/${p2}/links/${b.id}`)).status).toBe(204);
    const events = (await history()).filter((e) => e.annotationId === b.id);
    expect(events.slice(0, 3).map((e) => e.action)).toEqual(["unlink", "relink", "link"]);
    expect(events[1]).toMatchObject({
      before: { stance: "supports", propositionId: p2 },
      after: { stance: "reports", span: { text: CLAIM_B } },
    });
  });

  it("seeded demo documents show their seeded history", async () => {
    const projectId = await demoProjectId();
    const docs = (await reviewer.json("GET", `/api/projects/${projectId}/documents`)).body.documents as { id: string }[];
    const res = await reviewer.json("GET", `/api/documents/${docs[0].id}/history?limit=1000`);
    const actions = new Set((res.body.events as { action: string }[]).map((e) => e.action));
    expect(actions.has("create")).toBe(true);
  });
});

describe("blind mode hides consistently", () => {
  it("an annotator who cannot see every linked claim sees neither the reviewer's contested status nor the verdict", async () => {
    const current = (await reviewer.json("GET", `/api/propositions/${p1}`)).body.proposition.reconciliation.version;
    const saved = await reviewer.json("PUT", `/api/propositions/${p1}/reconciliation`, {
      status: "contested",
      verdict: "Sources disagree",
      evidence: [],
      version: current,
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect((await reviewer.json("GET", `/api/propositions/${p1}`)).body.proposition).toMatchObject({
      status: "contested",
      withheld: 0,
      reconciliation: { verdict: "Sources disagree" },
    });
    const seen = (await a1.json("GET", `/api/propositions/${p1}`)).body.proposition;
    expect(seen.withheld).toBeGreaterThan(0);
    expect(seen.status).toBe("open");
    expect(seen.reconciliation).toMatchObject({ status: "open", verdict: "", summary: "", evidence: [] });
    expect(seen.history).toEqual([]);
    const listed = (
      (await a1.json("GET", `/api/projects/${p.projectId}/propositions`)).body.propositions as {
        id: string;
        status: string;
        reconciliation: unknown;
      }[]
    ).find((x) => x.id === p1)!;
    expect(listed).toMatchObject({ status: "open", reconciliation: null });
    const a1Claim = (await mine(a1)).find((s) => s.text === CLAIM_A)!;
    const panel = (await a1.json("GET", `/api/projects/${p.projectId}/propositions?rankFor=${a1Claim.id}`)).body;
    expect(panel.links.find((l: Link & { status: string }) => l.propositionId === p1).status).toBe("open");
  });
});
