import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { Client, signedIn } from "../support/http-client";
import { useTestDatabase } from "../support/data-layer";
import { annotate, makeReviewProject, spanOf, type ReviewProject } from "../support/review-project";
import { runWorker } from "@/lib/server/workers/launch";
import { runSuggestions } from "@/lib/server/suggestions/compute-suggestions";
import { openRawDb, type RawDb } from "@/lib/server/db/raw";
import { allSuggestions, matchId, type SuggestionList } from "@/lib/domain/suggest/suggestion-list";

// Suggestions through the real API on a throwaway database: offsets over hard characters,
// accept into the caller's layer with history, reject for good, blind mode for string
// matches, managers' switches and acceptance counts, and nothing in exports unless accepted.
const DOC_1 =
  "👍🏽 Zoë’s café in 東京 (Tokyo) said on Wednesday that prices rose 30 percent.\nThe ministry said the tariff of 25 percent was not a retaliatory measure against Seoul.\n" +
  '"We will not back down," said Kim Min-jun, the trade minister.';
const DOC_2 = "Officials in Seoul called the tariff of 25 percent a retaliatory measure against Seoul, and the ministry disagreed.";

let p: ReviewProject;
let a1: Client;
let a2: Client;
let reviewer: Client;
let admin: Client;
type Suggestion = {
  id: string;
  label: string;
  start: number;
  end: number;
  text: string;
  source: string;
  attributes: Record<string, unknown>;
};

/** The list as the workspace reads it: rule suggestions and grouped string matches as one. */
const list = async (c: Client, doc: string) => {
  const body = (await c.json<SuggestionList>("GET", `/api/documents/${doc}/suggestions`)).body;
  return { ...body, suggestions: allSuggestions(body) as Suggestion[] };
};
const cpSlice = (text: string, s: number, e: number) => Array.from(text).slice(s, e).join("");

beforeAll(async () => {
  p = await makeReviewProject([DOC_1, DOC_2]);
  const base = inject("baseUrl");
  [a1, a2, reviewer, admin] = await Promise.all(
    ["annotator1@example.com", "annotator2@example.com", "reviewer@example.com", "admin@example.com"].map((e) => signedIn(base, e)),
  );
  // Run the rule suggesters now and wait (documents added through the data layer queue a run too).
  for (const doc of p.documentIds) expect((await a1.json("POST", `/api/documents/${doc}/suggestions`, {})).status).toBe(200);
});

describe("rule suggestions over emoji, combining marks, CJK and line breaks", () => {
  it("are ready, and every offset is a code-point range whose text is the document's", async () => {
    const r = await list(a1, p.documentIds[0]);
    expect(r.ready).toBe(true);
    expect(r.suggestions.length).toBeGreaterThan(4);
    for (const s of r.suggestions) expect(cpSlice(DOC_1, s.start, s.end)).toBe(s.text);
    const labels = new Set(r.suggestions.map((s) => s.label));
    for (const l of ["date", "measure", "quote", "claim"]) expect(labels.has(l)).toBe(true);
    expect(r.counts.measure).toBe(r.suggestions.filter((s) => s.label === "measure").length);
  });

  it("find the measure after the emoji and the quote with its speaker", async () => {
    const r = await list(a1, p.documentIds[0]);
    expect(r.suggestions).toContainEqual(
      expect.objectContaining({ label: "measure", text: "30 percent", attributes: { value: 30, unit: "%" } }),
    );
    expect(r.suggestions).toContainEqual(
      expect.objectContaining({ label: "quote", text: "We will not back down", attributes: { speaker: "Kim Min-jun", kind: "direct" } }),
    );
  });
});

describe("runs that overlap", () => {
  let db: RawDb;
  beforeAll(async () => {
    await useTestDatabase(); // the workers inherit DATABASE_URL
    db = openRawDb(inject("databaseUrl"), { max: 1 });
  });
  afterAll(() => db.close());
  // Two app instances (or the server and a data-layer import) can run the suggesters on the same
  // document at once. On PostgreSQL both transactions insert the same stable ids; neither may fail.
  it("four runs on one document at once all succeed and leave one set of suggestions", async () => {
    const doc = p.documentIds[1];
    const before = (await list(a1, doc)).suggestions.map((s) => s.id).sort();
    const results = [];
    for (let round = 0; round < 3; round++) {
      // From no stored rows, as for a document just added: no row lock orders the inserts.
      await db.run("DELETE FROM Suggestion WHERE documentId = ?", doc);
      // On PostgreSQL in this process, so the four transactions really overlap (worker processes
      // take long enough to start that they rarely do); on SQLite one connection per process, as
      // the app runs them (better-sqlite3 waits for a lock synchronously, so four in one thread
      // would wait on each other).
      const runs = [1, 2, 3, 4].map(() =>
        db.dialect === "postgresql"
          ? runSuggestions(inject("databaseUrl"), p.projectId, [doc])
          : runWorker("suggest-worker", [p.projectId, doc], { priority: 0, timeoutMs: 60_000 }),
      );
      results.push(...(await Promise.allSettled(runs)));
    }
    expect(results.map((r) => (r.status === "rejected" ? String(r.reason) : "ok"))).toEqual(Array(12).fill("ok"));
    expect((await list(a1, doc)).suggestions.map((s) => s.id).sort()).toEqual(before);
  });
});

describe("accept and reject", () => {
  let measure: Suggestion;
  let date: Suggestion;
  beforeAll(async () => {
    const r = await list(a1, p.documentIds[0]);
    measure = r.suggestions.find((s) => s.label === "measure" && s.text === "30 percent")!;
    date = r.suggestions.find((s) => s.label === "date")!;
  });

  it("accept creates a normal span in the caller's layer, with history", async () => {
    const res = await a1.json("POST", `/api/documents/${p.documentIds[0]}/suggestions/${measure.id}/accept`, {});
    expect(res.status).toBe(201);
    expect(res.body.annotation).toMatchObject({
      label: "measure",
      start: measure.start,
      end: measure.end,
      layer: `user:${p.ids.a1}`,
      attributes: { value: 30, unit: "%" },
    });
    const mine = await a1.json("GET", `/api/documents/${p.documentIds[0]}/annotations`);
    expect(mine.body.annotations.map((s: { id: string }) => s.id)).toContain(res.body.annotation.id);
    const db = await useTestDatabase();
    expect(await db.annotationEvent.count({ where: { annotationId: res.body.annotation.id, action: "create" } })).toBe(1);
    expect((await list(a1, p.documentIds[0])).suggestions.map((s) => s.id)).not.toContain(measure.id);
  });

  it("the other annotator still has it pending (decisions are per annotator)", async () => {
    expect((await list(a2, p.documentIds[0])).suggestions.map((s) => s.id)).toContain(measure.id);
  });

  it("reject removes it for good: a re-run does not bring it back, and deciding again is a 409", async () => {
    expect((await a1.json("POST", `/api/documents/${p.documentIds[0]}/suggestions/${date.id}/reject`, {})).status).toBe(200);
    await a1.json("POST", `/api/documents/${p.documentIds[0]}/suggestions`, {});
    const after = await list(a1, p.documentIds[0]);
    expect(after.suggestions.some((s) => s.label === date.label && s.start === date.start && s.end === date.end)).toBe(false);
    const again = await a1.json("POST", `/api/documents/${p.documentIds[0]}/suggestions/${date.id}/reject`, {});
    expect(again.status).toBe(409);
  });

  it("refuses bad requests clearly", async () => {
    expect((await a1.json("POST", `/api/documents/${p.documentIds[0]}/suggestions/nope/accept`, {})).status).toBe(404);
    expect((await a1.json("POST", `/api/documents/${p.documentIds[0]}/suggestions/${date.id}/maybe`, {})).status).toBe(404);
    expect((await a1.json("POST", `/api/documents/${p.documentIds[0]}/suggestions/${measure.id}/accept`, { attributes: 5 })).status).toBe(
      400,
    );
    const noJson = await a1.fetch(`/api/documents/${p.documentIds[0]}/suggestions/${measure.id}/accept`, { method: "POST" });
    expect(noJson.status).toBe(400);
    // Reviewers are not annotators here: they may look but not accept into a layer.
    const r = await list(reviewer, p.documentIds[0]);
    const res = await reviewer.json("POST", `/api/documents/${p.documentIds[0]}/suggestions/${r.suggestions[0].id}/accept`, {});
    expect(res.status).toBe(403);
  });

  it("accepted suggestions are spans; pending and rejected ones never reach the export", async () => {
    const res = await reviewer.fetch(`/api/projects/${p.projectId}/export?format=jsonl&layer=all`);
    expect(res.status).toBe(200);
    const docs = (await res.text())
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l))
      .filter((r) => r.type === "document");
    const spans = docs.flatMap((d) => d.spans as { label: string; start: number; end: number }[]);
    const db = await useTestDatabase();
    expect(spans.length).toBe(await db.annotation.count({ where: { document: { projectId: p.projectId } } }));
    expect(spans.some((s) => s.label === "date" && s.start === date.start && s.end === date.end)).toBe(false);
  });
});

describe("string matches from the project's own spans, under blind mode", () => {
  const NEEDLE = "a retaliatory measure against Seoul";
  beforeAll(async () => {
    await annotate(
      a1,
      p.documentIds[0],
      [spanOf(DOC_1, "claim", NEEDLE, { holder: "ministry", voice: "attributed", stance: "denies" })],
      false,
    );
  });

  it("the author gets the same text suggested on another document with the same label and attributes", async () => {
    const r = await list(a1, p.documentIds[1]);
    expect(r.suggestions).toContainEqual(
      expect.objectContaining({
        source: "match",
        label: "claim",
        text: NEEDLE,
        attributes: { holder: "ministry", voice: "attributed", stance: "denies" },
      }),
    );
  });

  it("another annotator does not learn from it (blind mode); a reviewer does", async () => {
    expect((await list(a2, p.documentIds[1])).suggestions.some((s) => s.source === "match")).toBe(false);
    expect((await list(reviewer, p.documentIds[1])).suggestions.some((s) => s.source === "match" && s.text === NEEDLE)).toBe(true);
  });

  it("an id naming a place the caller's lexicon does not match is not a suggestion", async () => {
    const doc = p.documentIds[1];
    const at = DOC_2.indexOf(NEEDLE);
    const start = Array.from(DOC_2.slice(0, at)).length;
    const real = matchId("claim", start, start + Array.from(NEEDLE).length);
    const refuse = async (c: Client, id: string) =>
      (await c.json("POST", `/api/documents/${doc}/suggestions/${encodeURIComponent(id)}/accept`, {})).status;
    expect(await refuse(a1, matchId("claim", 0, 9))).toBe(404); // "Officials" was never annotated
    expect(await refuse(a1, matchId("quote", start, start + Array.from(NEEDLE).length))).toBe(404); // not with that label
    expect(await refuse(a1, matchId("claim", start, start + 99_999))).toBe(404); // past the end
    expect(await refuse(a2, real)).toBe(404); // blind mode: a2 cannot learn from a1's span
  });

  it("a match is accepted by its id into the caller's layer, once", async () => {
    const doc = p.documentIds[1];
    const match = (await list(a1, doc)).suggestions.find((s) => s.source === "match" && s.text === NEEDLE)!;
    const res = await a1.json<{
      annotation: { label: string; start: number; end: number; text: string; attributes: Record<string, unknown> };
    }>("POST", `/api/documents/${doc}/suggestions/${encodeURIComponent(match.id)}/accept`, {});
    expect(res.status).toBe(201);
    expect(res.body.annotation).toMatchObject({
      label: "claim",
      start: match.start,
      end: match.end,
      text: NEEDLE,
      attributes: { holder: "ministry" },
    });
    expect(cpSlice(DOC_2, match.start, match.end)).toBe(NEEDLE);
    expect((await list(a1, doc)).suggestions.map((s) => s.id)).not.toContain(match.id);
    const again = await a1.json("POST", `/api/documents/${doc}/suggestions/${encodeURIComponent(match.id)}/accept`, {});
    expect(again.status).toBe(409);
  });
});

describe("managers' switches and acceptance counts", () => {
  it("a switched-off suggester's suggestions disappear at once and come back when switched on", async () => {
    const off = await admin.json("PUT", `/api/projects/${p.projectId}/suggesters`, { enabled: { measure: false } });
    expect(off.status).toBe(200);
    expect((await list(a2, p.documentIds[0])).suggestions.some((s) => s.label === "measure")).toBe(false);
    await admin.json("PUT", `/api/projects/${p.projectId}/suggesters`, { enabled: { measure: true } });
    expect((await list(a2, p.documentIds[0])).suggestions.some((s) => s.label === "measure")).toBe(true);
  });

  it("counts accepted and rejected per suggester", async () => {
    const r = await admin.json<{ suggesters: { key: string; accepted: number; rejected: number; acceptance: number | null }[] }>(
      "GET",
      `/api/projects/${p.projectId}/suggesters`,
    );
    expect(r.body.suggesters.find((s) => s.key === "measure")).toMatchObject({ accepted: 1, rejected: 0, acceptance: 1 });
    expect(r.body.suggesters.find((s) => s.key === "date")).toMatchObject({ accepted: 0, rejected: 1, acceptance: 0 });
    expect(r.body.suggesters.map((s) => s.key)).toContain("match");
  });

  it("only managers may change them, and unknown keys are named", async () => {
    expect((await a1.json("PUT", `/api/projects/${p.projectId}/suggesters`, { enabled: { date: false } })).status).toBe(403);
    expect((await a1.json("GET", `/api/projects/${p.projectId}/suggesters`)).status).toBe(403);
    const bad = await admin.json("PUT", `/api/projects/${p.projectId}/suggesters`, { enabled: { colour: false } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/colour/);
  });
});

describe("many at once (Shift+A: every suggestion of a label on screen)", () => {
  const bulk = (c: Client, doc: string, body: unknown) =>
    c.json<{ accepted: { id: string; annotation: Suggestion }[]; rejected: string[]; refused: { id: string; message: string }[] }>(
      "POST",
      `/api/documents/${doc}/suggestions/bulk`,
      body,
    );

  it("accepts each pending one into the caller's layer and names each it could not, with why", async () => {
    const doc = p.documentIds[0];
    const pending = (await list(a2, doc)).suggestions;
    const chosen = pending.filter((s) => s.label === "quote" || s.label === "claim").slice(0, 3);
    expect(chosen.length).toBeGreaterThan(1);
    const forged = matchId("claim", 0, 2);
    const res = await bulk(a2, doc, { decision: "accept", ids: [...chosen.map((s) => s.id), chosen[0]!.id, forged] });
    expect(res.status).toBe(200);
    expect(res.body.accepted.map((a) => a.id)).toEqual(chosen.map((s) => s.id)); // the repeated id once
    for (const [i, a] of res.body.accepted.entries()) {
      expect(a.annotation).toMatchObject({ label: chosen[i]!.label, start: chosen[i]!.start, end: chosen[i]!.end });
      expect(cpSlice(DOC_1, a.annotation.start, a.annotation.end)).toBe(chosen[i]!.text);
    }
    expect(res.body.refused).toEqual([{ id: forged, message: expect.stringMatching(/not found/i) as unknown as string }]);
    const spans = (await a2.json<{ annotations: Suggestion[] }>("GET", `/api/documents/${doc}/annotations`)).body.annotations;
    for (const s of chosen) expect(spans.some((x) => x.label === s.label && x.start === s.start && x.end === s.end)).toBe(true);
    // Decided for good: gone from the list, and a second call refuses them as already accepted.
    const after = (await list(a2, doc)).suggestions.map((s) => s.id);
    for (const s of chosen) expect(after).not.toContain(s.id);
    const again = await bulk(a2, doc, { decision: "reject", ids: [chosen[0]!.id] });
    expect(again.body).toMatchObject({
      accepted: [],
      rejected: [],
      refused: [{ id: chosen[0]!.id, message: expect.stringMatching(/already accepted/) }],
    });
  });

  it("rejects in bulk too; validates the call; only annotators may decide", async () => {
    const doc = p.documentIds[1];
    const one = (await list(a2, doc)).suggestions[0]!;
    const res = await bulk(a2, doc, { decision: "reject", ids: [one.id] });
    expect(res.body).toEqual({ accepted: [], rejected: [one.id], refused: [] });
    expect((await list(a2, doc)).suggestions.map((s) => s.id)).not.toContain(one.id);
    for (const bad of [
      { decision: "accept", ids: [] },
      { decision: "keep", ids: ["x"] },
      { decision: "accept", ids: Array(201).fill("x") },
    ]) {
      const r = await bulk(a2, doc, bad);
      expect(r.status).toBe(400);
      expect(JSON.stringify(r.body)).toMatch(/error/);
    }
    expect((await bulk(reviewer, doc, { decision: "accept", ids: ["x"] })).status).toBe(403);
    expect((await bulk(new Client(inject("baseUrl")), doc, { decision: "accept", ids: ["x"] })).status).toBe(401);
  });
});
