import { beforeAll, describe, expect, inject, it } from "vitest";
import { Client, signedIn } from "../support/http-client";
import { actorFor, demoProjectId, makeUser, useTestDatabase } from "../support/data-layer";

// Propositions, links, reconciliation and merge through the JSON API. The demo project is
// read (its seeded propositions); everything that writes uses a project built here, so
// other test files changing the demo cannot move these results.

const baseUrl = () => inject("baseUrl");
let reviewer: Client;
let admin: Client; // manager of both projects
let a1: Client;
let a2: Client;
let outsider: Client; // signed in, member of no project here

let demoId: string;
let projectId: string; // built below
let otherProjectId: string; // admin manages it too: for cross-project refusals
const ids: Record<string, string> = {};

const KR_TEXT =
  "SEOUL, July 14 (Yonhap) -- Japan imposed the curbs in apparent retaliation for the court rulings, officials said.\nSeoul called it a violation of free trade.";
const JP_TEXT =
  "TOKYO (Kyodo) -- Japan said the controls were not retaliation but a matter of national security.\nSouth Korea saw the moves as retribution for the court decision.";
const TP_TEXT = "WASHINGTON -- The State Department said Japan tightened export controls days after the rulings.";

/** Insert a span straight into the database (setup only; the API under test is the proposition API). */
async function span(
  documentId: string,
  text: string,
  needle: string,
  layer: string,
  authorId: string,
  label = "claim",
  attributes: Record<string, unknown> = {},
) {
  const db = await useTestDatabase();
  const at = Array.from(text.slice(0, text.indexOf(needle))).length;
  const row = await db.annotation.create({
    data: {
      documentId,
      layer,
      authorId,
      label,
      start: at,
      end: at + Array.from(needle).length,
      text: needle,
      attributes: JSON.stringify(attributes),
    },
  });
  return row.id;
}

beforeAll(async () => {
  const db = await useTestDatabase();
  demoId = await demoProjectId();
  [reviewer, admin, a1, a2] = await Promise.all(
    ["reviewer@example.com", "admin@example.com", "annotator1@example.com", "annotator2@example.com"].map((e) => signedIn(baseUrl(), e)),
  );
  const stranger = await makeUser("proposition-outsider");
  outsider = await signedIn(baseUrl(), stranger.email);

  const adminActor = await actorFor("admin@example.com");
  const [u1, u2, rv] = await Promise.all(["annotator1@example.com", "annotator2@example.com", "reviewer@example.com"].map(actorFor));
  const { createProject } = await import("@/lib/server/projects/projects");
  const project = await createProject(adminActor, { name: `Propositions test ${Date.now()}`, description: "", guidelines: "" });
  projectId = project.id;
  await db.membership.createMany({
    data: [
      { projectId, userId: u1.id, role: "annotator" },
      { projectId, userId: u2.id, role: "annotator" },
      { projectId, userId: rv.id, role: "reviewer" },
    ],
  });
  const doc = async (title: string, text: string, perspective: string, publishedAt: string, outlet: string) => {
    const res = await admin.json("POST", `/api/projects/${projectId}/documents`, {
      title,
      text,
      perspective,
      publishedAt,
      outlet,
      language: "en",
      url: "",
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.document.id as string;
  };
  ids.kr = await doc("Yonhap report", KR_TEXT, "KR", "2019-07-14T17:10:00+09:00", "Yonhap");
  ids.jp = await doc("Kyodo report", JP_TEXT, "JP", "2020-03-10", "Kyodo");
  ids.tp = await doc("Wire report", TP_TEXT, "third-party", "2019-07-11", "Wire");
  await db.document.update({ where: { id: ids.jp }, data: { status: "adjudicated" } });

  const L1 = `user:${u1.id}`;
  const L2 = `user:${u2.id}`;
  const ownHedged = { holder: "Yonhap", voice: "outlet", hedged: true, stance: "asserts" };
  // KR, open: both annotators marked the claim; annotator 1 also a quote.
  ids.krA1 = await span(
    ids.kr,
    KR_TEXT,
    "Japan imposed the curbs in apparent retaliation for the court rulings",
    L1,
    u1.id,
    "claim",
    ownHedged,
  );
  ids.krA2 = await span(
    ids.kr,
    KR_TEXT,
    "Japan imposed the curbs in apparent retaliation for the court rulings",
    L2,
    u2.id,
    "claim",
    ownHedged,
  );
  ids.krQuote = await span(ids.kr, KR_TEXT, "Seoul called it a violation of free trade", L1, u1.id, "quote");
  ids.krA1Other = await span(ids.kr, KR_TEXT, "Seoul called it a violation of free trade", L1, u1.id, "claim", {
    holder: "Seoul",
    voice: "attributed",
  });
  // JP, adjudicated: gold and annotator 2's layer.
  ids.jpGold = await span(ids.jp, JP_TEXT, "the controls were not retaliation", "gold", rv.id, "claim", {
    holder: "Japan",
    voice: "attributed",
    stance: "denies",
  });
  ids.jpA2 = await span(ids.jp, JP_TEXT, "South Korea saw the moves as retribution for the court decision", L2, u2.id, "claim", {
    holder: "South Korea",
    voice: "attributed",
  });
  // Third party, open: only annotator 2.
  ids.tpA2 = await span(ids.tp, TP_TEXT, "Japan tightened export controls days after the rulings", L2, u2.id, "claim", {
    holder: "State Department",
    voice: "attributed",
  });

  const other = await createProject(adminActor, { name: `Other ${Date.now()}`, description: "", guidelines: "" });
  otherProjectId = other.id;
  const otherText = `Elsewhere, Japan retaliated. ${Date.now()}`;
  const otherDoc = await admin.json("POST", `/api/projects/${otherProjectId}/documents`, {
    title: "x",
    text: otherText,
    perspective: "US",
    language: "en",
    publishedAt: null,
    url: "",
  });
  ids.otherClaim = await span(otherDoc.body.document.id, otherText, "Japan retaliated", "gold", adminActor.id);
  const otherProp = await admin.json("POST", `/api/projects/${otherProjectId}/propositions`, {
    statement: "A proposition of another project",
  });
  ids.otherProp = otherProp.body.proposition.id;
});

async function create(c: Client, statement: string, extra: Record<string, unknown> = {}) {
  return c.json("POST", `/api/projects/${projectId}/propositions`, { statement, ...extra });
}

async function link(c: Client, propositionId: string, annotationId: string, stance: string) {
  return c.json("POST", `/api/propositions/${propositionId}/links`, { annotationId, stance });
}

describe("the demo's propositions", () => {
  it("lists them most divergent first, with counts per perspective and conflict flags", async () => {
    const res = await reviewer.json("GET", `/api/projects/${demoId}/propositions`);
    expect(res.status).toBe(200);
    const retaliation = res.body.propositions.find((p: { statement: string }) => p.statement.includes("retaliation"));
    expect(res.body.propositions[0].id).toBe(retaliation.id);
    expect(retaliation.flags).toEqual({ contested: true, divergent: true });
    expect(Object.keys(retaliation.byPerspective).sort()).toEqual(["JP", "KR", "third-party"]);
    expect(retaliation.byPerspective.KR.supports).toBeGreaterThanOrEqual(2);
    expect(retaliation.status).toBe("reconciled");
  });

  it.each([
    ["reconciled", (s: string) => s.includes("retaliation")],
    ["open", (s: string) => s.includes("1965")],
    ["contested", (s: string) => s.includes("took Japan's side")],
  ])("filters: %s", async (filter, expected) => {
    const res = await reviewer.json("GET", `/api/projects/${demoId}/propositions?filter=${filter}`);
    expect(res.status).toBe(200);
    expect(res.body.propositions.some((p: { statement: string }) => expected(p.statement))).toBe(true);
  });

  it("refuses an unknown filter", async () => {
    const res = await reviewer.json("GET", `/api/projects/${demoId}/propositions?filter=spicy`);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_input");
  });

  it("returns the retaliation board's mentions, named conflicts and reconciliation", async () => {
    const list = await reviewer.json("GET", `/api/projects/${demoId}/propositions?filter=reconciled`);
    const id = list.body.propositions.find((p: { statement: string }) => p.statement.includes("retaliation")).id;
    const res = await reviewer.json("GET", `/api/propositions/${id}`);
    expect(res.status).toBe(200);
    const p = res.body.proposition;
    expect(p.statement).toMatch(/^Japan's July 2019 export controls/);
    expect(p.mentions.length).toBeGreaterThanOrEqual(6);
    for (const m of p.mentions) {
      expect(m).toEqual(
        expect.objectContaining({
          annotationId: expect.any(String),
          documentId: expect.any(String),
          outlet: expect.any(String),
          perspective: expect.any(String),
          text: expect.any(String),
          stance: expect.stringMatching(/^(supports|refutes|reports)$/),
          hedged: expect.any(Boolean),
        }),
      );
      expect(m).toHaveProperty("publishedAt");
      expect(m).toHaveProperty("holder");
      expect(m).toHaveProperty("voice");
      expect(m.context.match).toBe(m.text);
    }
    const yonhap = p.mentions.find((m: { text: string }) => m.text.includes("apparent retaliatory step"));
    expect(yonhap).toMatchObject({
      perspective: "KR",
      outlet: "Yonhap",
      holder: "Yonhap",
      voice: "outlet",
      hedged: true,
      stance: "supports",
    });
    expect(p.conflicts.map((c: { kind: string }) => c.kind)).toEqual(["contested", "framing_divergence"]);
    const mentionIds = new Set(p.mentions.map((m: { annotationId: string }) => m.annotationId));
    for (const c of p.conflicts) for (const mid of c.mentionIds) expect(mentionIds.has(mid)).toBe(true);
    expect(p.reconciliation).toMatchObject({ status: "reconciled", verdict: "Partly supported", version: 1 });
    expect(p.reconciliation.evidence.length).toBe(3);
    expect(p.history).toHaveLength(1);
  });

  it("ranks the retaliation proposition first for a Yonhap retaliation claim", async () => {
    const list = await reviewer.json("GET", `/api/projects/${demoId}/propositions?filter=reconciled`);
    const retaliationId = list.body.propositions[0].id;
    const board = await reviewer.json("GET", `/api/propositions/${retaliationId}`);
    const claim = board.body.proposition.mentions.find((m: { text: string }) => m.text.includes("apparent retaliation for Seoul"));
    const res = await reviewer.json("GET", `/api/projects/${demoId}/propositions?rankFor=${claim.annotationId}`);
    expect(res.status).toBe(200);
    expect(res.body.propositions[0]).toMatchObject({ id: retaliationId, linkedStance: "supports" });
    expect(res.body.propositions[0].score).toBeGreaterThan(res.body.propositions[1].score);
    expect(res.body.links.map((l: { propositionId: string }) => l.propositionId)).toContain(retaliationId);
    expect(res.body.claim.canLink).toBe(true);
  });
});

describe("creating propositions", () => {
  it("reviewers create open ones; annotators propose", async () => {
    const r = await create(reviewer, `Japan's controls were retaliation ${Date.now()}`);
    expect(r.status).toBe(201);
    expect(r.body.proposition.status).toBe("open");
    const a = await create(a1, `Seoul over-reacted to the controls ${Date.now()}`);
    expect(a.status).toBe(201);
    expect(a.body.proposition.status).toBe("proposed");
  });

  it("an annotator proposes from their own claim, linked at once", async () => {
    const res = await create(a1, `Seoul condemned the curbs as a breach of free trade ${Date.now()}`, {
      annotationId: ids.krA1Other,
      stance: "supports",
    });
    expect(res.status).toBe(201);
    const board = await reviewer.json("GET", `/api/propositions/${res.body.proposition.id}`);
    expect(board.body.proposition.mentions.map((m: { annotationId: string }) => m.annotationId)).toEqual([ids.krA1Other]);
  });

  it.each([
    [{}, 400, "statement"],
    [{ statement: "" }, 400, "statement"],
    [{ statement: "  x " }, 400, "statement"],
    [{ statement: "x".repeat(501) }, 400, "statement"],
    [{ statement: "A claim-born proposition", annotationId: "nope" }, 400, "stance"],
  ])("refuses %j with %i", async (body, status, field) => {
    const res = await reviewer.json("POST", `/api/projects/${projectId}/propositions`, body);
    expect(res.status).toBe(status);
    expect(res.body.error.field).toBe(field);
  });

  it("refuses a duplicate statement with 409 naming the existing one", async () => {
    const statement = `Duplicate me ${Date.now()}`;
    const first = await create(reviewer, statement);
    const again = await create(admin, `  ${statement.toUpperCase()} `);
    expect(again.status).toBe(409);
    expect(again.body.error.details.propositionId).toBe(first.body.proposition.id);
  });

  it("refuses non-members, anonymous callers, and an annotator proposing from someone else's claim", async () => {
    expect((await create(outsider, "Outsiders cannot add this")).status).toBe(403);
    expect((await new Client(baseUrl()).json("POST", `/api/projects/${projectId}/propositions`, { statement: "Anonymous" })).status).toBe(
      401,
    );
    // annotator 2's claim on an adjudicated document: visible to annotator 1, but not theirs
    const res = await create(a1, `From another's claim ${Date.now()}`, { annotationId: ids.jpA2, stance: "reports" });
    expect(res.status).toBe(403);
    const none = await reviewer.json("GET", `/api/projects/${projectId}/propositions?filter=proposed`);
    expect(none.body.propositions.some((p: { statement: string }) => p.statement.startsWith("From another's claim"))).toBe(false);
  });
});

describe("linking claims", () => {
  let pid: string;
  beforeAll(async () => {
    pid = (await create(reviewer, `Japan retaliated against the rulings ${Date.now()}`)).body.proposition.id;
  });

  it("links claims from two perspectives with opposite stances, and the board names the contest", async () => {
    expect((await link(reviewer, pid, ids.krA1, "supports")).status).toBe(201);
    expect((await link(reviewer, pid, ids.jpGold, "refutes")).status).toBe(201);
    const res = await reviewer.json("GET", `/api/propositions/${pid}`);
    const contested = res.body.proposition.conflicts.find((c: { kind: string }) => c.kind === "contested");
    expect(contested.mentionIds.sort()).toEqual([ids.krA1, ids.jpGold].sort());
    expect(contested.perspectives.sort()).toEqual(["JP", "KR"]);
    expect(contested.message).toMatch(/support and refute/);
    const kr = res.body.proposition.mentions.find((m: { annotationId: string }) => m.annotationId === ids.krA1);
    expect(kr).toMatchObject({
      holder: "Yonhap",
      voice: "outlet",
      hedged: true,
      perspective: "KR",
      outlet: "Yonhap",
      publishedAt: "2019-07-14T17:10:00+09:00",
    });
  });

  it("linking again changes the stance (200), and unlinking removes it (204, then 404)", async () => {
    const again = await link(reviewer, pid, ids.jpGold, "reports");
    expect(again.status).toBe(200);
    expect(again.body.link).toMatchObject({ stance: "reports", created: false });
    const del = await reviewer.fetch(`/api/propositions/${pid}/links/${ids.jpGold}`, { method: "DELETE" });
    expect(del.status).toBe(204);
    const twice = await reviewer.fetch(`/api/propositions/${pid}/links/${ids.jpGold}`, { method: "DELETE" });
    expect(twice.status).toBe(404);
  });

  it.each([
    ["a span that is not a claim", () => ({ annotationId: ids.krQuote, stance: "supports" }), 400],
    ["an unknown stance", () => ({ annotationId: ids.krA1, stance: "agrees" }), 400],
    ["a missing annotationId", () => ({ stance: "supports" }), 400],
    ["a span from another project", () => ({ annotationId: ids.otherClaim, stance: "supports" }), 404],
    ["an unknown span", () => ({ annotationId: "does-not-exist", stance: "supports" }), 404],
  ])("refuses %s with %i, nothing changed", async (_name, body, status) => {
    const before = await reviewer.json("GET", `/api/propositions/${pid}`);
    const res = await reviewer.json("POST", `/api/propositions/${pid}/links`, body());
    expect(res.status).toBe(status);
    expect(res.body.error.message).toBeTruthy();
    const after = await reviewer.json("GET", `/api/propositions/${pid}`);
    expect(after.body.proposition.mentions).toEqual(before.body.proposition.mentions);
  });

  it("an annotator links their own claims only; reviewers link any", async () => {
    const q = (await create(reviewer, `Annotators link own claims ${Date.now()}`)).body.proposition.id;
    expect((await link(a1, q, ids.krA1, "supports")).status).toBe(201);
    expect((await link(a1, q, ids.jpA2, "reports")).status).toBe(403); // visible (adjudicated) but annotator 2's
    expect((await link(a1, q, ids.krA2, "supports")).status).toBe(404); // hidden by blind mode
    expect((await link(a1, q, ids.jpGold, "refutes")).status).toBe(403); // gold is reviewers' to link
    expect((await link(reviewer, q, ids.tpA2, "reports")).status).toBe(201);
    // annotator 1 cannot remove the reviewer's link, even on a claim they can see
    expect((await a1.fetch(`/api/propositions/${q}/links/${ids.tpA2}`, { method: "DELETE" })).status).toBe(404);
    const own = await reviewer.json("POST", `/api/propositions/${q}/links`, { annotationId: ids.krA1Other, stance: "reports" });
    expect(own.status).toBe(201);
    expect((await a1.fetch(`/api/propositions/${q}/links/${ids.krA1Other}`, { method: "DELETE" })).status).toBe(403);
    expect((await a1.fetch(`/api/propositions/${q}/links/${ids.krA1}`, { method: "DELETE" })).status).toBe(204);
  });

  it("the link panel's ranking refuses a span that is not a claim, or not visible", async () => {
    expect((await reviewer.json("GET", `/api/projects/${projectId}/propositions?rankFor=${ids.krQuote}`)).status).toBe(400);
    expect((await a1.json("GET", `/api/projects/${projectId}/propositions?rankFor=${ids.krA2}`)).status).toBe(404);
    expect((await reviewer.json("GET", `/api/projects/${projectId}/propositions?rankFor=${ids.otherClaim}`)).status).toBe(404);
    const mine = await a1.json("GET", `/api/projects/${projectId}/propositions?rankFor=${ids.krA1}`);
    expect(mine.status).toBe(200);
    expect(mine.body.claim.canLink).toBe(true);
    const theirs = await a1.json("GET", `/api/projects/${projectId}/propositions?rankFor=${ids.jpA2}`);
    expect(theirs.body.claim.canLink).toBe(false);
  });
});

describe("blind mode on propositions", () => {
  let pid: string;
  beforeAll(async () => {
    pid = (await create(reviewer, `Blind-mode proposition ${Date.now()}`)).body.proposition.id;
    for (const [id, stance] of [
      [ids.krA1, "supports"],
      [ids.krA2, "supports"],
      [ids.jpGold, "refutes"],
      [ids.jpA2, "reports"],
      [ids.tpA2, "reports"],
    ]) {
      expect((await link(reviewer, pid, id, stance)).status).toBe(201);
    }
    const v = await reviewer.json("PUT", `/api/propositions/${pid}/reconciliation`, {
      status: "contested",
      verdict: "Disputed",
      summary: "",
      rationale: "",
      evidence: [ids.krA2, ids.jpGold, ids.tpA2],
      version: 0,
    });
    expect(v.status).toBe(200);
  });

  const mentionIds = async (c: Client) =>
    ((await c.json("GET", `/api/propositions/${pid}`)).body.proposition.mentions as { annotationId: string }[])
      .map((m) => m.annotationId)
      .sort();

  // The JP document has gold: its gold mention speaks for it, its annotators' copies are not counted again (issue 11).
  it("reviewers see every mention, a document with gold through its gold mentions", async () => {
    expect(await mentionIds(reviewer)).toEqual([ids.krA1, ids.krA2, ids.jpGold, ids.tpA2].sort());
  });

  it("annotators see their own claims and other layers of adjudicated documents only", async () => {
    expect(await mentionIds(a1)).toEqual([ids.krA1, ids.jpGold].sort());
    expect(await mentionIds(a2)).toEqual([ids.krA2, ids.jpGold, ids.tpA2].sort());
  });

  it("counts, conflicts and evidence are computed from what the annotator sees", async () => {
    const list = await a1.json("GET", `/api/projects/${projectId}/propositions`);
    const row = list.body.propositions.find((p: { id: string }) => p.id === pid);
    expect(row.mentionCount).toBe(2);
    expect(row.byPerspective).toEqual({ KR: { supports: 1, refutes: 0, reports: 0 }, JP: { supports: 0, refutes: 1, reports: 0 } });
    const board = (await a1.json("GET", `/api/propositions/${pid}`)).body.proposition;
    // Two linked claims are hidden from a1, so the reviewer's contested verdict, resting on them, is withheld too.
    expect(board.withheld).toBe(2);
    expect(board.status).toBe("open");
    expect(board.reconciliation).toMatchObject({ status: "open", verdict: "", evidence: [] });
    expect(board.history).toEqual([]);
    expect((await reviewer.json("GET", `/api/propositions/${pid}`)).body.proposition.reconciliation.evidence.sort()).toEqual(
      [ids.krA2, ids.jpGold, ids.tpA2].sort(),
    );
    const text = JSON.stringify(board);
    expect(text).not.toContain(ids.krA2);
    expect(text).not.toContain(ids.tpA2);
    expect(text).not.toContain("days after the rulings");
  });

  it("with blind mode off, annotators see every mention", async () => {
    const db = await useTestDatabase();
    await db.project.update({ where: { id: projectId }, data: { blindMode: false } });
    try {
      expect(await mentionIds(a1)).toEqual(await mentionIds(reviewer));
    } finally {
      await db.project.update({ where: { id: projectId }, data: { blindMode: true } });
    }
  });

  it("non-members get 403 and anonymous callers 401", async () => {
    expect((await outsider.json("GET", `/api/propositions/${pid}`)).status).toBe(403);
    expect((await outsider.json("GET", `/api/projects/${projectId}/propositions`)).status).toBe(403);
    expect((await new Client(baseUrl()).json("GET", `/api/propositions/${pid}`)).status).toBe(401);
    expect((await reviewer.json("GET", `/api/propositions/nope`)).status).toBe(404);
  });
});

describe("editing, accepting and retiring", () => {
  it("a reviewer accepts a proposed proposition; annotators cannot", async () => {
    const p = (await create(a2, `Proposed by an annotator ${Date.now()}`)).body.proposition;
    expect((await a2.json("PATCH", `/api/propositions/${p.id}`, { status: "open" })).status).toBe(403);
    const res = await reviewer.json("PATCH", `/api/propositions/${p.id}`, {
      status: "open",
      statement: `Accepted and reworded ${Date.now()}`,
    });
    expect(res.status).toBe(200);
    expect(res.body.proposition.status).toBe("open");
    expect(res.body.proposition.statement).toMatch(/^Accepted and reworded/);
  });

  it("a retired proposition takes no links until restored", async () => {
    const p = (await create(reviewer, `To be retired ${Date.now()}`)).body.proposition;
    expect((await reviewer.json("PATCH", `/api/propositions/${p.id}`, { status: "retired" })).body.proposition.status).toBe("retired");
    const refused = await link(reviewer, p.id, ids.krA1, "supports");
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/retired/);
    expect((await reviewer.json("PATCH", `/api/propositions/${p.id}`, { status: "open" })).body.proposition.status).toBe("open");
    expect((await link(reviewer, p.id, ids.krA1, "supports")).status).toBe(201);
  });

  it.each([
    [{}, 400],
    [{ status: "reconciled" }, 400],
    [{ statement: "" }, 400],
    [{ color: "red" }, 400],
  ])("refuses PATCH %j with %i", async (body, status) => {
    const p = (await create(reviewer, `Patch target ${Date.now()} ${Math.random()}`)).body.proposition;
    const res = await reviewer.json("PATCH", `/api/propositions/${p.id}`, body);
    expect(res.status).toBe(status);
  });
});

describe("reconciliation", () => {
  let pid: string;
  beforeAll(async () => {
    pid = (await create(reviewer, `Reconcile me ${Date.now()}`)).body.proposition.id;
    await link(reviewer, pid, ids.krA1, "supports");
    await link(reviewer, pid, ids.jpGold, "refutes");
  });
  const body = (version: number, extra: Record<string, unknown> = {}) => ({
    status: "reconciled",
    verdict: "Partly supported",
    summary: "Korean outlets assert it, hedged; Japan denies it.",
    rationale: "No direct evidence of intent.",
    evidence: [ids.krA1, ids.jpGold],
    version,
    ...extra,
  });

  it("records an outcome with its history, and sets the proposition's status", async () => {
    const first = await reviewer.json("PUT", `/api/propositions/${pid}/reconciliation`, body(0));
    expect(first.status).toBe(200);
    expect(first.body.reconciliation).toMatchObject({
      status: "reconciled",
      version: 1,
      updatedBy: "Rae Reviewer",
      evidence: [ids.krA1, ids.jpGold],
    });
    const second = await admin.json(
      "PUT",
      `/api/propositions/${pid}/reconciliation`,
      body(1, { status: "contested", evidence: [ids.jpGold] }),
    );
    expect(second.status).toBe(200);
    expect(second.body.history.map((h: { version: number; actor: string; status: string }) => [h.version, h.actor, h.status])).toEqual([
      [2, "Ada Admin", "contested"],
      [1, "Rae Reviewer", "reconciled"],
    ]);
    const board = await reviewer.json("GET", `/api/propositions/${pid}`);
    expect(board.body.proposition.status).toBe("contested");
  });

  it("a stale version gets 409 with the current version, and nothing is saved", async () => {
    const before = (await reviewer.json("GET", `/api/propositions/${pid}/reconciliation`)).body;
    const res = await reviewer.json("PUT", `/api/propositions/${pid}/reconciliation`, body(1, { verdict: "Stale edit" }));
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("conflict");
    expect(res.body.error.details.version).toBe(before.reconciliation.version);
    const after = (await reviewer.json("GET", `/api/propositions/${pid}/reconciliation`)).body;
    expect(after).toEqual(before);
  });

  it("two reviewers saving the same version at once: one 200, one 409, one new revision", async () => {
    const { reconciliation, history } = (await reviewer.json("GET", `/api/propositions/${pid}/reconciliation`)).body;
    const [r1, r2] = await Promise.all([
      reviewer.json("PUT", `/api/propositions/${pid}/reconciliation`, body(reconciliation.version, { verdict: "Reviewer's take" })),
      admin.json("PUT", `/api/propositions/${pid}/reconciliation`, body(reconciliation.version, { verdict: "Manager's take" })),
    ]);
    expect([r1.status, r2.status].sort()).toEqual([200, 409]);
    const after = (await reviewer.json("GET", `/api/propositions/${pid}/reconciliation`)).body;
    expect(after.history).toHaveLength(history.length + 1);
    expect(after.reconciliation.version).toBe(reconciliation.version + 1);
    const winner = r1.status === 200 ? "Reviewer's take" : "Manager's take";
    expect(after.reconciliation.verdict).toBe(winner);
  });

  it("two first saves at once (version 0) also collide cleanly", async () => {
    const fresh = (await create(reviewer, `First save race ${Date.now()}`)).body.proposition.id;
    const [r1, r2] = await Promise.all([
      reviewer.json("PUT", `/api/propositions/${fresh}/reconciliation`, body(0, { evidence: [] })),
      admin.json("PUT", `/api/propositions/${fresh}/reconciliation`, body(0, { evidence: [] })),
    ]);
    expect([r1.status, r2.status].sort()).toEqual([200, 409]);
    expect((await reviewer.json("GET", `/api/propositions/${fresh}/reconciliation`)).body.history).toHaveLength(1);
  });

  it.each([
    ["an annotator", () => a1, () => body(99), 403],
    ["evidence that is not a linked mention", () => reviewer, () => body(99, { evidence: [ids.tpA2] }), 400],
    ["an unknown status", () => reviewer, () => body(99, { status: "settled" }), 400],
    ["a missing version", () => reviewer, () => ({ ...body(0), version: undefined }), 400],
  ])("refuses %s", async (_name, who, payload, status) => {
    const res = await who().json("PUT", `/api/propositions/${pid}/reconciliation`, payload());
    expect(res.status).toBe(status);
  });

  it("refuses to reconcile a proposition that is only proposed", async () => {
    const p = (await create(a1, `Not yet accepted ${Date.now()}`)).body.proposition.id;
    const res = await reviewer.json("PUT", `/api/propositions/${p}/reconciliation`, body(0, { evidence: [] }));
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/accept/);
  });
});

describe("merging", () => {
  it("moves links, skips claims the survivor already has, and marks the source merged, in one go", async () => {
    const from = (await create(reviewer, `Merge source ${Date.now()}`)).body.proposition.id;
    const into = (await create(reviewer, `Merge target ${Date.now()}`)).body.proposition.id;
    await link(reviewer, from, ids.krA1, "supports");
    await link(reviewer, from, ids.jpGold, "refutes");
    await link(reviewer, into, ids.jpGold, "reports");
    await link(reviewer, into, ids.tpA2, "reports");
    const res = await reviewer.json("POST", `/api/propositions/${from}/merge`, { into });
    expect(res.status).toBe(200);
    expect(res.body.merge).toEqual({ into, moved: 1, skipped: 1 });
    const target = (await reviewer.json("GET", `/api/propositions/${into}`)).body.proposition;
    const stances = Object.fromEntries(target.mentions.map((m: { annotationId: string; stance: string }) => [m.annotationId, m.stance]));
    expect(stances).toEqual({ [ids.krA1]: "supports", [ids.jpGold]: "reports", [ids.tpA2]: "reports" });
    const source = (await reviewer.json("GET", `/api/propositions/${from}`)).body.proposition;
    expect(source.status).toBe("merged");
    expect(source.mergedInto.id).toBe(into);
    // a merged proposition is read-only
    expect((await link(reviewer, from, ids.krA2, "supports")).status).toBe(409);
    expect((await reviewer.json("PATCH", `/api/propositions/${from}`, { statement: "Changed after merge" })).status).toBe(409);
    expect((await reviewer.json("POST", `/api/propositions/${from}/merge`, { into })).status).toBe(409);
  });

  it.each([
    ["into itself", (self: string) => self, () => reviewer, 400],
    ["across projects", () => ids.otherProp, () => admin, 400],
    ["into an unknown proposition", () => "nope", () => reviewer, 404],
    ["by an annotator", (_self: string, other: string) => other, () => a1, 403],
  ])("refuses merging %s, nothing changed", async (_name, target, who, status) => {
    const self = (await create(reviewer, `Merge refusal ${Date.now()} ${Math.random()}`)).body.proposition.id;
    const other = (await create(reviewer, `Merge other ${Date.now()} ${Math.random()}`)).body.proposition.id;
    await link(reviewer, self, ids.krA1, "supports");
    const res = await who().json("POST", `/api/propositions/${self}/merge`, { into: target(self, other) });
    expect(res.status).toBe(status);
    const after = (await reviewer.json("GET", `/api/propositions/${self}`)).body.proposition;
    expect(after.status).toBe("open");
    expect(after.mentions).toHaveLength(1);
  });

  it("refuses merging into a retired proposition", async () => {
    const self = (await create(reviewer, `Merge into retired ${Date.now()}`)).body.proposition.id;
    const retired = (await create(reviewer, `Retired target ${Date.now()}`)).body.proposition.id;
    await reviewer.json("PATCH", `/api/propositions/${retired}`, { status: "retired" });
    const res = await reviewer.json("POST", `/api/propositions/${self}/merge`, { into: retired });
    expect(res.status).toBe(409);
  });
});

describe("claim suggestions for a board", () => {
  let pid: string;
  beforeAll(async () => {
    pid = (await create(reviewer, `Japan imposed the curbs in retaliation for the court rulings ${Date.now()}`)).body.proposition.id;
  });
  const suggested = async (c: Client) => {
    const res = await c.json("GET", `/api/propositions/${pid}/suggestions`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return (res.body.suggestions as { annotationId: string }[]).map((s) => s.annotationId);
  };

  it("offers visible unlinked claims, one span marked in two layers once, with context and whether the caller may link it", async () => {
    const res = await reviewer.json("GET", `/api/propositions/${pid}/suggestions`);
    const ids_ = (res.body.suggestions as { annotationId: string }[]).map((s) => s.annotationId);
    expect(ids_.filter((id) => id === ids.krA1 || id === ids.krA2)).toHaveLength(1);
    expect(ids_).not.toContain(ids.krQuote);
    expect(ids_).not.toContain(ids.otherClaim);
    const kr = res.body.suggestions.find((s: { documentId: string }) => s.documentId === ids.kr);
    expect(kr).toMatchObject({ outlet: "Yonhap", perspective: "KR", canLink: true, reasons: expect.arrayContaining([expect.any(String)]) });
    expect(kr.context).toBeTruthy();
  });

  it("keeps blind mode: an annotator is offered their own claims and adjudicated documents' claims only", async () => {
    const offered = await suggested(a1);
    expect(offered).not.toContain(ids.krA2);
    expect(offered).not.toContain(ids.tpA2);
    for (const id of offered) expect([ids.krA1, ids.krA1Other, ids.jpGold, ids.jpA2]).toContain(id);
  });

  it("leaves out a linked claim and the same span in other layers", async () => {
    expect((await link(reviewer, pid, ids.krA2, "supports")).status).toBe(201);
    const offered = await suggested(reviewer);
    expect(offered).not.toContain(ids.krA1);
    expect(offered).not.toContain(ids.krA2);
  });

  it("refuses anonymous callers, non-members and unknown propositions", async () => {
    expect((await new Client(baseUrl()).json("GET", `/api/propositions/${pid}/suggestions`)).status).toBe(401);
    expect((await outsider.json("GET", `/api/propositions/${pid}/suggestions`)).status).toBe(403);
    expect((await reviewer.json("GET", `/api/propositions/nope/suggestions`)).status).toBe(404);
  });
});
