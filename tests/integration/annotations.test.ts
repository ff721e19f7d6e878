import { beforeAll, describe, expect, it, inject } from "vitest";
import { signedIn, type Client } from "../support/http-client";
import { actorFor, demoProjectId, makeUser } from "../support/data-layer";

const baseUrl = () => inject("baseUrl");
// Every hard case: astral emoji with a modifier, a flag, a combining mark, CJK, a line break.
const TEXT = `Seoul said 👍🏽 "not retaliation" on\nJuly 4.\nCafe\u0301 🇯🇵 日本の輸出規制 ${Date.now()}`;
const CPS = Array.from(TEXT.normalize("NFC"));
const span = (s: number, e: number) => ({ start: s, end: e, text: CPS.slice(s, e).join("") });
const find = (needle: string) => {
  const at = CPS.join("").indexOf(needle);
  return Array.from(CPS.join("").slice(0, at)).length;
};

let a1: Client;
let a2: Client;
let manager: Client;
let docId: string;
let otherDocId: string;

beforeAll(async () => {
  const projectId = await demoProjectId();
  manager = await signedIn(baseUrl(), "admin@example.com");
  a1 = await signedIn(baseUrl(), "annotator1@example.com");
  a2 = await signedIn(baseUrl(), "annotator2@example.com");
  const created = await manager.json("POST", `/api/projects/${projectId}/documents`, {
    title: "Offsets",
    text: TEXT,
    perspective: "KR",
    publishedAt: "2019-07-14",
  });
  docId = created.body.document.id;
  // A document in another project, where annotator1 is not a member.
  const outsider = await makeUser("other-project-owner", true); // creating projects is an admin capability
  const { createProject } = await import("@/lib/server/projects/projects");
  const { requireProject } = await import("@/lib/server/access/guards");
  const { addDocuments } = await import("@/lib/server/documents/documents");
  const p = await createProject(outsider, { name: "Other", description: "", guidelines: "" });
  const [r] = await addDocuments(await requireProject(outsider, p.id, "documents:add"), [
    { title: "x", text: "Other project text", outlet: "", perspective: "other", language: "en", publishedAt: null, url: "" },
  ]);
  otherDocId = r.status === "created" ? r.document.id : "";
});

describe("creating spans", () => {
  it("stores code-point offsets over astral characters, combining marks, CJK and line breaks", async () => {
    const cases = [
      span(find("👍🏽"), find("👍🏽") + 2),
      span(find("🇯🇵"), find("🇯🇵") + 2),
      span(find("é"), find("é") + 1),
      span(find("日本"), find("日本") + 7),
      span(find("on\nJuly"), find("on\nJuly") + 7),
    ];
    for (const c of cases) {
      const res = await a1.json("POST", `/api/documents/${docId}/annotations`, { label: "quote", ...c });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body.annotation).toMatchObject({ ...c, label: "quote", version: 1 });
    }
    const list = await a1.json("GET", `/api/documents/${docId}/annotations`);
    for (const s of list.body.annotations) expect(CPS.slice(s.start, s.end).join("")).toBe(s.text);
  });

  it("allows overlapping and nested spans but refuses the same label over the same range twice", async () => {
    const claim = span(0, find("July") + 7);
    expect(
      (
        await a1.json("POST", `/api/documents/${docId}/annotations`, {
          label: "claim",
          ...claim,
          attributes: { holder: "Seoul", stance: "denies", voice: "attributed", hedged: false },
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await a1.json("POST", `/api/documents/${docId}/annotations`, {
          label: "date",
          ...span(find("July"), find("July") + 6),
          attributes: { value: "2019-07-04" },
        })
      ).status,
    ).toBe(201);
    const dup = await a1.json("POST", `/api/documents/${docId}/annotations`, { label: "claim", ...claim });
    expect(dup.status).toBe(409);
    expect(dup.body.error.message).toMatch(/already has a "claim" span/);
    expect(dup.body.error.details.existing).toMatchObject({ label: "claim", start: claim.start, end: claim.end });
    // The same range with the same label by another annotator is their own layer: allowed.
    expect((await a2.json("POST", `/api/documents/${docId}/annotations`, { label: "claim", ...claim })).status).toBe(201);
  });

  const good = () => span(0, 5);
  it.each([
    ["negative offsets", () => ({ label: "claim", ...good(), start: -1 }), 400, /negative/],
    ["reversed offsets", () => ({ label: "claim", start: 5, end: 2, text: "x" }), 400, /before start/],
    ["an empty span", () => ({ label: "claim", start: 3, end: 3, text: "" }), 400, /empty/],
    ["offsets past the end", () => ({ label: "claim", start: 0, end: CPS.length + 5, text: "x" }), 400, /past the end/],
    [
      "UTF-16 offsets that split a surrogate pair",
      () => ({
        label: "claim",
        start: TEXT.indexOf("👍") + 1,
        end: TEXT.indexOf("👍") + 3,
        text: TEXT.slice(TEXT.indexOf("👍") + 1, TEXT.indexOf("👍") + 3),
      }),
      400,
      /lone UTF-16 surrogate/,
    ],
    ["a text that does not match", () => ({ label: "claim", ...good(), text: "Tokyo" }), 400, /does not match/],
    ["an unknown label", () => ({ label: "opinion", ...good() }), 400, /Unknown label "opinion"/],
    ["attributes of the wrong type", () => ({ label: "claim", ...good(), attributes: { hedged: "very" } }), 400, /attributes.hedged/],
    ["attributes that are not an object", () => ({ label: "claim", ...good(), attributes: [1] }), 400, /attributes/],
    ["fractional offsets", () => ({ label: "claim", ...good(), start: 0.5 }), 400, /whole number/],
  ])("refuses %s with a clear 4xx and stores nothing", async (_, body, status, message) => {
    const before = (await a1.json("GET", `/api/documents/${docId}/annotations`)).body.annotations.length;
    const res = await a1.json("POST", `/api/documents/${docId}/annotations`, body());
    expect(res.status).toBe(status);
    expect(res.body.error.message).toMatch(message);
    expect((await a1.json("GET", `/api/documents/${docId}/annotations`)).body.annotations.length).toBe(before);
  });

  it("refuses a body over the size limit with 413", async () => {
    const res = await a1.json("POST", `/api/documents/${docId}/annotations`, { label: "claim", ...good(), note: "x".repeat(300 * 1024) });
    expect(res.status).toBe(413);
  });

  it("refuses a span on a document of another project", async () => {
    const res = await a1.json("POST", `/api/documents/${otherDocId}/annotations`, { label: "claim", start: 0, end: 5, text: "Other" });
    expect(res.status).toBe(403);
  });

  it("refuses annotation to a reviewer (not an annotator) and to the gold layer for annotators", async () => {
    const reviewer = await signedIn(baseUrl(), "reviewer@example.com");
    expect((await reviewer.json("POST", `/api/documents/${docId}/annotations`, { label: "claim", ...good() })).status).toBe(403);
    expect((await a1.json("POST", `/api/documents/${docId}/annotations?layer=gold`, { label: "claim", ...good() })).status).toBe(403);
  });
});

describe("updating and deleting spans", () => {
  it("updates with optimistic versioning: a stale version gets 409 with the current span", async () => {
    const created = (
      await a1.json("POST", `/api/documents/${docId}/annotations`, { label: "measure", ...span(find("日本"), find("日本") + 2) })
    ).body.annotation;
    const first = await a1.json("PATCH", `/api/annotations/${created.id}`, { version: 1, note: "tab one" });
    expect(first.status).toBe(200);
    expect(first.body.annotation.version).toBe(2);
    const stale = await a1.json("PATCH", `/api/annotations/${created.id}`, { version: 1, note: "tab two" });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.current.note).toBe("tab one");
    const retag = await a1.json("PATCH", `/api/annotations/${created.id}`, {
      version: 2,
      label: "quote",
      attributes: { speaker: "Kyodo" },
    });
    expect(retag.body.annotation).toMatchObject({ label: "quote", attributes: { speaker: "Kyodo" }, version: 3 });
    const moved = await a1.json("PATCH", `/api/annotations/${created.id}`, { version: 3, ...span(find("日本"), find("日本") + 4) });
    expect(moved.body.annotation.text).toBe("日本の輸");
    const badMove = await a1.json("PATCH", `/api/annotations/${created.id}`, { version: 4, start: 0 });
    expect(badMove.status).toBe(400);
    expect(badMove.body.error.message).toMatch(/text is required/);
    const staleDelete = await a1.json("DELETE", `/api/annotations/${created.id}?version=1`);
    expect(staleDelete.status).toBe(409);
    expect(staleDelete.body.error.details.current.version).toBe(4);
    expect((await a1.fetch(`/api/annotations/${created.id}?version=4`, { method: "DELETE" })).status).toBe(204);
    expect((await a1.fetch(`/api/annotations/${created.id}`, { method: "DELETE" })).status).toBe(404);
  });

  it("lets only the author (or a manager) change a span, and hides it from other annotators", async () => {
    const created = (
      await a1.json("POST", `/api/documents/${docId}/annotations`, { label: "measure", ...span(find("July 4"), find("July 4") + 6) })
    ).body.annotation;
    expect((await a2.json("PATCH", `/api/annotations/${created.id}`, { version: 1, note: "mine now" })).status).toBe(403);
    expect((await a2.fetch(`/api/annotations/${created.id}`, { method: "DELETE" })).status).toBe(403);
    const a1Id = (await actorFor("annotator1@example.com")).id;
    expect((await a2.json("GET", `/api/documents/${docId}/annotations?layer=${a1Id}`)).status).toBe(403);
    expect((await a2.json("GET", `/api/documents/${docId}/annotations?layer=all`)).status).toBe(403);
    const own = (await a2.json("GET", `/api/documents/${docId}/annotations`)).body.annotations;
    expect(own.some((s: { id: string }) => s.id === created.id)).toBe(false);
    const asManager = await manager.json("PATCH", `/api/annotations/${created.id}`, { version: 1, note: "fixed by manager" });
    expect(asManager.status).toBe(200);
    const all = await manager.json("GET", `/api/documents/${docId}/annotations?layer=all`);
    expect(all.body.annotations.some((s: { authorId: string }) => s.authorId === a1Id)).toBe(true);
  });

  it("records every change in the document's history", async () => {
    const { useTestDatabase } = await import("../support/data-layer");
    const db = await useTestDatabase();
    const events = await db.annotationEvent.findMany({ where: { documentId: docId } });
    const actions = new Set(events.map((e) => e.action));
    expect([...actions].sort()).toEqual(["create", "delete", "update"]);
  });

  it("tracks the annotator's done status", async () => {
    expect((await a1.json("PUT", `/api/documents/${docId}/status`, { status: "done" })).status).toBe(200);
    expect((await a1.json("PUT", `/api/documents/${docId}/status`, { status: "finished" })).status).toBe(400);
    const { useTestDatabase } = await import("../support/data-layer");
    const db = await useTestDatabase();
    const a1Id = (await actorFor("annotator1@example.com")).id;
    expect((await db.assignment.findUniqueOrThrow({ where: { documentId_userId: { documentId: docId, userId: a1Id } } })).status).toBe(
      "done",
    );
  });
});
