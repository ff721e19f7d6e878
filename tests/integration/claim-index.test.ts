import { beforeAll, describe, expect, inject, it } from "vitest";
import { type Client, signedIn } from "../support/http-client";
import { actorFor } from "../support/data-layer";

// The board's "possibly the same claim" ranks from an index kept per process
// (lib/server/matching/claim-index.ts): it must follow every write at once — a new claim is
// offered on the next view, a claim retagged in place or deleted is not — whatever path wrote it.

const baseUrl = () => inject("baseUrl");
let reviewer: Client;
let a1: Client;
let docId: string;
let pid: string;

// Emoji, a combining mark, CJK and line breaks before the claims: offsets are code points.
const TEXT =
  "Rain 🌧️ fell in Busan (釜山) on Monday, and cafe\u0301s closed early.\nTokyo restricted exports of three chip chemicals to Seoul in July.\nThe won weakened.";
const CPS = Array.from(TEXT.normalize("NFC"));
const span = (needle: string) => {
  const s = Array.from(TEXT.normalize("NFC").slice(0, TEXT.normalize("NFC").indexOf(needle))).length;
  const e = s + Array.from(needle).length;
  return { start: s, end: e, text: CPS.slice(s, e).join("") };
};

beforeAll(async () => {
  const { useTestDatabase } = await import("../support/data-layer");
  const db = await useTestDatabase();
  [reviewer, a1] = await Promise.all(["reviewer@example.com", "annotator1@example.com"].map((e) => signedIn(baseUrl(), e)));
  const admin = await signedIn(baseUrl(), "admin@example.com");
  const [adminActor, rv, u1] = await Promise.all(["admin@example.com", "reviewer@example.com", "annotator1@example.com"].map(actorFor));
  const { createProject } = await import("@/lib/server/projects/projects");
  const projectId = (await createProject(adminActor, { name: `Claim index ${Date.now()}`, description: "", guidelines: "" })).id;
  await db.membership.createMany({
    data: [
      { projectId, userId: rv.id, role: "reviewer" },
      { projectId, userId: u1.id, role: "annotator" },
    ],
  });
  const doc = await admin.json("POST", `/api/projects/${projectId}/documents`, {
    title: "Wire",
    text: TEXT,
    perspective: "US",
    publishedAt: "2019-07-04",
    outlet: "Wire",
    language: "en",
    url: "",
  });
  expect(doc.status, JSON.stringify(doc.body)).toBe(201);
  docId = doc.body.document.id;
  const prop = await reviewer.json("POST", `/api/projects/${projectId}/propositions`, {
    statement: "Japan curbed exports of chipmaking chemicals to South Korea",
  });
  pid = prop.body.proposition.id;
  if (prop.body.proposition.status === "proposed") await reviewer.json("PATCH", `/api/propositions/${pid}`, { status: "open" });
});

const offered = async () => {
  const res = await reviewer.json("GET", `/api/propositions/${pid}/suggestions`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.suggestions as { annotationId: string; text: string }[];
};

describe("the claim index behind board suggestions", () => {
  let curbs: { id: string; version: number };

  it("offers a claim created after the index was built, on the next view", async () => {
    const rain = await a1.json("POST", `/api/documents/${docId}/annotations`, {
      label: "claim",
      ...span("Rain 🌧️ fell in Busan (釜山) on Monday"),
    });
    expect(rain.status, JSON.stringify(rain.body)).toBe(201);
    expect((await offered()).map((s) => s.text)).not.toContain("Tokyo restricted exports of three chip chemicals to Seoul in July");
    const res = await a1.json("POST", `/api/documents/${docId}/annotations`, {
      label: "claim",
      ...span("Tokyo restricted exports of three chip chemicals to Seoul in July"),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    curbs = { id: res.body.annotation.id, version: res.body.annotation.version };
    const first = (await offered())[0];
    expect(first).toMatchObject({ annotationId: curbs.id, text: "Tokyo restricted exports of three chip chemicals to Seoul in July" });
  });

  it("drops a claim retagged in place, and offers it again once it is a claim again", async () => {
    const quote = await a1.json("PATCH", `/api/annotations/${curbs.id}`, { version: curbs.version, label: "quote" });
    expect(quote.status, JSON.stringify(quote.body)).toBe(200);
    expect((await offered()).map((s) => s.annotationId)).not.toContain(curbs.id);
    const back = await a1.json("PATCH", `/api/annotations/${curbs.id}`, { version: quote.body.annotation.version, label: "claim" });
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    curbs.version = back.body.annotation.version;
    expect((await offered()).map((s) => s.annotationId)).toContain(curbs.id);
  });

  it("drops a deleted claim", async () => {
    expect((await a1.fetch(`/api/annotations/${curbs.id}?version=${curbs.version}`, { method: "DELETE" })).status).toBe(204);
    expect((await offered()).map((s) => s.annotationId)).not.toContain(curbs.id);
  });
});
