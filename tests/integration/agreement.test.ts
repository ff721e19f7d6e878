import { beforeAll, describe, expect, inject, it } from "vitest";
import { Client, signedIn } from "../support/http-client";
import { demoProjectId, useTestDatabase } from "../support/data-layer";
import { annotate, makeReviewProject, spanOf } from "../support/review-project";
import { AgreementAccumulator, type AgreementResult, type LabelAgreement } from "@/lib/domain/agreement/span-agreement";
import type { LabelledRange } from "@/lib/domain/agreement/span-matching";

let projectId: string;
let reviewer: Client;
let admin: Client;
let annotator: Client;

/** The expected figures, straight from the domain library over the database's finished layers. */
async function expectedAgreement(project: string): Promise<AgreementResult> {
  const db = await useTestDatabase();
  const labels = (await db.label.findMany({ where: { projectId: project }, orderBy: { sortOrder: "asc" } })).map((l) => l.key);
  const docs = await db.document.findMany({ where: { projectId: project }, include: { assignments: { where: { status: "done" } } } });
  const acc = new AgreementAccumulator({ labels });
  for (const d of docs) {
    if (d.assignments.length < 2) continue;
    const layers = new Map<string, LabelledRange[]>();
    for (const a of d.assignments) {
      const spans = await db.annotation.findMany({ where: { documentId: d.id, layer: `user:${a.userId}` } });
      layers.set(
        a.userId,
        spans.map((s) => ({ label: s.label, start: s.start, end: s.end })),
      );
    }
    acc.addDocument(d.id, d.length, layers);
  }
  return acc.result();
}

function expectLabel(actual: LabelAgreement, expected: LabelAgreement) {
  const close = (a: number | null, b: number | null) => (b === null ? expect(a).toBeNull() : expect(a).toBeCloseTo(b, 10));
  close(actual.alpha, expected.alpha);
  close(actual.overlap.f1, expected.overlap.f1);
  close(actual.exact.f1, expected.exact.f1);
  expect([actual.overlap.tp, actual.overlap.fp, actual.overlap.fn]).toEqual([
    expected.overlap.tp,
    expected.overlap.fp,
    expected.overlap.fn,
  ]);
}

beforeAll(async () => {
  projectId = await demoProjectId();
  const base = inject("baseUrl");
  [reviewer, admin, annotator] = await Promise.all(
    ["reviewer@example.com", "admin@example.com", "annotator1@example.com"].map((e) => signedIn(base, e)),
  );
});

describe("agreement API on the demo project", () => {
  it("matches the domain library: overall, per label, per pair and per document", async () => {
    const res = await reviewer.json("GET", `/api/projects/${projectId}/agreement`);
    expect(res.status).toBe(200);
    const expected = await expectedAgreement(projectId);
    const r = res.body;
    expect(r.documents).toBe(expected.documents);
    expect(r.documents).toBeGreaterThanOrEqual(5);
    expectLabel(r.overall, expected.overall);
    expect(Object.keys(r.byLabel).sort()).toEqual(Object.keys(expected.byLabel).sort());
    for (const [label, l] of Object.entries(expected.byLabel)) expectLabel(r.byLabel[label], l);
    expect(r.pairs).toHaveLength(expected.pairs.length);
    for (const [i, pair] of expected.pairs.entries()) {
      expect(r.pairs[i]).toMatchObject({ first: pair.first, second: pair.second, documents: pair.documents });
      expect(r.pairs[i].kappa).toBeCloseTo(pair.kappa!, 10);
      expect(r.pairs[i].overlap.f1).toBeCloseTo(pair.overlap.f1!, 10);
    }
    expect(r.perDocument.map((d: { docId: string }) => d.docId)).toEqual(expected.perDocument.map((d) => d.docId));
    for (const [i, d] of expected.perDocument.entries()) {
      expect(r.perDocument[i].alpha).toBeCloseTo(d.alpha!, 10);
      expect(r.perDocument[i].f1).toBeCloseTo(d.f1!, 10);
      expect(r.perDocument[i].title.length).toBeGreaterThan(0);
    }
  });

  it("names the annotators and lays the pairs out as a symmetric matrix", async () => {
    const r = (await admin.json("GET", `/api/projects/${projectId}/agreement`)).body;
    expect(r.annotators.map((a: { name: string }) => a.name)).toEqual(["Ana Annotator", "Ben Annotator"]);
    expect(r.pairs[0].firstName).toBeTruthy();
    const { f1, kappa, documents } = r.matrix;
    expect(f1[0][1]).toBe(f1[1][0]);
    expect(kappa[0][1]).toBe(kappa[1][0]);
    expect(f1[0][0]).toBeNull();
    expect(documents[0][1]).toBe(r.documents);
    expect(r.stats.spans).toBeGreaterThan(100);
  });

  it("lists documents lowest agreement first", async () => {
    const r = (await reviewer.json("GET", `/api/projects/${projectId}/agreement`)).body;
    const alphas = r.perDocument.map((d: { alpha: number | null }) => d.alpha).filter((a: number | null) => a !== null);
    expect(alphas).toEqual([...alphas].sort((a: number, b: number) => a - b));
  });

  it("downloads the same figures as CSV and JSON", async () => {
    const csv = await reviewer.fetch(`/api/projects/${projectId}/agreement?format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toMatch(/text\/csv/);
    expect(csv.headers.get("content-disposition")).toMatch(/attachment; filename="agreement-.*\.csv"/);
    const lines = (await csv.text()).trim().split("\r\n");
    expect(lines[0]).toMatch(/^scope,label,annotator_a,annotator_b,document_id,document_title/);
    const report = (await reviewer.json("GET", `/api/projects/${projectId}/agreement`)).body;
    const overall = lines.find((l) => l.startsWith("overall,"))!.split(",");
    expect(Number(overall[9])).toBeCloseTo(report.overall.alpha, 5);
    expect(lines.filter((l) => l.startsWith("document,"))).toHaveLength(report.perDocument.length);
    expect(lines.filter((l) => l.startsWith("label,"))).toHaveLength(Object.keys(report.byLabel).length);
    expect(lines.filter((l) => l.startsWith("pair,"))).toHaveLength(1);
    const json = await reviewer.fetch(`/api/projects/${projectId}/agreement?format=json`);
    expect(json.headers.get("content-disposition")).toMatch(/\.json"/);
    expect((await json.json()).overall).toEqual(report.overall);
  });

  it("refuses an unknown format, annotators and strangers", async () => {
    expect((await reviewer.json("GET", `/api/projects/${projectId}/agreement?format=xml`)).status).toBe(400);
    expect((await annotator.json("GET", `/api/projects/${projectId}/agreement`)).status).toBe(403);
    expect((await new Client(inject("baseUrl")).json("GET", `/api/projects/${projectId}/agreement`)).status).toBe(401);
  });

  it("renders the agreement page with the downloads and a review link per document", async () => {
    const res = await reviewer.fetch(`/projects/${projectId}/agreement`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Download CSV");
    expect(html).toContain("Krippendorff");
    expect(html).toMatch(/\/documents\/[^"]+\/review/);
  });
});

describe("agreement cache", () => {
  it("recomputes when a finished layer changes, and only counts layers marked done", async () => {
    const text = "Tokyo tightened exports of three chemicals on July 4, 2019, citing security.";
    const p = await makeReviewProject([text, `${text} Again.`]);
    const base = inject("baseUrl");
    const [a1, a2] = await Promise.all(["annotator1@example.com", "annotator2@example.com"].map((e) => signedIn(base, e)));
    await annotate(a1, p.documentIds[0], [spanOf(text, "date", "July 4, 2019")]);
    await annotate(a2, p.documentIds[0], [spanOf(text, "date", "July 4")]);
    await annotate(a1, p.documentIds[1], [spanOf(text, "date", "July 4, 2019")], false); // not done: left out
    const first = (await reviewer.json("GET", `/api/projects/${p.projectId}/agreement`)).body;
    expect(first.documents).toBe(1);
    expect(first.skipped).toBe(1);
    expect(first.overall.exact.f1).toBe(0);
    const again = (await reviewer.json("GET", `/api/projects/${p.projectId}/agreement`)).body;
    expect(again.computedAt).toBe(first.computedAt); // cached: nothing changed
    const mine = (await a2.json("GET", `/api/documents/${p.documentIds[0]}/annotations`)).body.annotations[0];
    const fixed = spanOf(text, "date", "July 4, 2019");
    expect(
      (await a2.json("PATCH", `/api/annotations/${mine.id}`, { version: mine.version, end: fixed.end, text: fixed.text })).status,
    ).toBe(200);
    const after = (await reviewer.json("GET", `/api/projects/${p.projectId}/agreement`)).body;
    expect(after.computedAt).not.toBe(first.computedAt);
    expect(after.overall.exact.f1).toBe(1);
    expect(after.overall.alpha).toBe(1);
  });
});
