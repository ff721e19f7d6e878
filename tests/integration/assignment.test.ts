import { beforeAll, describe, expect, inject, it } from "vitest";
import { signedIn, type Client } from "../support/http-client";
import { makeUser } from "../support/data-layer";
import { makeReviewProject, spanOf, type ReviewProject } from "../support/review-project";

const texts = Array.from({ length: 4 }, (_, i) => `Assignment test article ${i} ${Math.random()}: Seoul protested on July 4.`);

let p: ReviewProject;
let admin: Client;
let a1: Client;
let reviewer: Client;
let a3: { id: string; email: string };

type Progress = {
  annotatorsPerDocument: number;
  annotators: { id: string; assigned: number; done: number }[];
  documents: { id: string; assignments: { userId: string; status: string; spans: number }[] }[];
};

const progress = async (): Promise<Progress> => (await admin.json("GET", `/api/projects/${p.projectId}/assignments`)).body;
const command = (body: unknown, c: Client = admin) => c.json("POST", `/api/projects/${p.projectId}/assignments`, body);
const assignedTo = (pr: Progress, docId: string) =>
  pr.documents
    .find((d) => d.id === docId)!
    .assignments.map((a) => a.userId)
    .sort();

beforeAll(async () => {
  const third = await makeUser("annotator3");
  a3 = { id: third.id, email: third.email };
  p = await makeReviewProject(texts, { extraAnnotators: [third.email] });
  const base = inject("baseUrl");
  [admin, a1, reviewer] = await Promise.all(
    ["admin@example.com", "annotator1@example.com", "reviewer@example.com"].map((e) => signedIn(base, e)),
  );
});

describe("assignment", () => {
  it("starts with nothing assigned and the default of two annotators per document", async () => {
    const pr = await progress();
    expect(pr.annotatorsPerDocument).toBe(2);
    expect(pr.annotators.map((a) => a.id)).toEqual([p.ids.a1, p.ids.a2, a3.id]);
    expect(pr.documents.every((d) => d.assignments.length === 0)).toBe(true);
  });

  it("distributes automatically: two different annotators per document, balanced within one", async () => {
    const res = await command({ action: "auto" });
    expect(res.status).toBe(200);
    expect(res.body.created).toHaveLength(8);
    expect(res.body.short).toEqual([]);
    const pr: Progress = res.body.progress;
    for (const d of pr.documents) {
      expect(d.assignments).toHaveLength(2);
      expect(new Set(d.assignments.map((a) => a.userId)).size).toBe(2);
      expect(d.assignments.every((a) => a.status === "todo")).toBe(true);
    }
    const loads = pr.annotators.map((a) => a.assigned);
    expect(loads.reduce((x, y) => x + y)).toBe(8);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
  });

  it("adds nothing when run again, and fills up to a new per-document count", async () => {
    expect((await command({ action: "auto" })).body.created).toEqual([]);
    const res = await command({ action: "auto", annotatorsPerDocument: 3 });
    expect(res.body.created).toHaveLength(4);
    expect(res.body.progress.annotatorsPerDocument).toBe(3);
    for (const d of res.body.progress.documents as Progress["documents"]) expect(d.assignments).toHaveLength(3);
    const more = await command({ action: "auto", annotatorsPerDocument: 4 });
    expect(more.body.short).toHaveLength(4); // only three annotators: never the same person twice
  });

  it("unassigns, assigns by hand, and refuses to assign the same person twice", async () => {
    const doc = p.documentIds[0];
    expect((await command({ action: "unassign", documentId: doc, userId: a3.id })).status).toBe(200);
    expect(assignedTo(await progress(), doc)).toEqual([p.ids.a1, p.ids.a2].sort());
    expect((await command({ action: "unassign", documentId: doc, userId: a3.id })).status).toBe(404);
    expect((await command({ action: "assign", documentId: doc, userId: a3.id })).status).toBe(200);
    const twice = await command({ action: "assign", documentId: doc, userId: a3.id });
    expect(twice.status).toBe(409);
    expect(twice.body.error.message).toMatch(/already assigned/);
  });

  it("reassigns a document from one annotator to another", async () => {
    const doc = p.documentIds[1];
    await command({ action: "unassign", documentId: doc, userId: a3.id });
    const res = await command({ action: "reassign", documentId: doc, fromUserId: p.ids.a2, toUserId: a3.id });
    expect(res.status).toBe(200);
    expect(assignedTo(res.body.progress, doc)).toEqual([p.ids.a1, a3.id].sort());
    const clash = await command({ action: "reassign", documentId: doc, fromUserId: p.ids.a1, toUserId: a3.id });
    expect(clash.status).toBe(409);
    expect(assignedTo(await progress(), doc)).toEqual([p.ids.a1, a3.id].sort()); // nothing half-done
  });

  it.each([
    [{ action: "bogus" }, /action must be one of/],
    [{ action: "assign", userId: "u" }, /documentId/],
    [{ action: "auto", annotatorsPerDocument: 0 }, /at least 1/],
    [{ action: "assign", documentId: "nope", userId: "u" }, /Document was not found/],
  ])("refuses %j with a clear 4xx", async (body, message) => {
    const res = await command(body);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.body.error.message).toMatch(message);
  });

  it("refuses to assign someone who is not an annotator of the project", async () => {
    const res = await command({ action: "assign", documentId: p.documentIds[2], userId: p.ids.reviewer });
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe("userId");
  });

  it("lets only managers see and change assignments", async () => {
    for (const c of [a1, reviewer]) {
      expect((await c.json("GET", `/api/projects/${p.projectId}/assignments`)).status).toBe(403);
      expect((await command({ action: "auto" }, c)).status).toBe(403);
    }
  });

  it("shows each annotator their queue with to do → in progress → done", async () => {
    const queue = async () =>
      (await a1.json("GET", `/api/projects/${p.projectId}/queue`)).body.queue as { documentId: string; status: string; spans: number }[];
    const mine = (await progress()).documents.filter((d) => d.assignments.some((a) => a.userId === p.ids.a1)).map((d) => d.id);
    expect((await queue()).map((q) => q.documentId).sort()).toEqual(mine.sort());
    const doc = mine[0];
    expect((await queue()).find((q) => q.documentId === doc)?.status).toBe("todo");
    const text = texts[p.documentIds.indexOf(doc)];
    expect((await a1.json("POST", `/api/documents/${doc}/annotations`, spanOf(text, "date", "July 4"))).status).toBe(201);
    expect((await queue()).find((q) => q.documentId === doc)).toMatchObject({ status: "in_progress", spans: 1 });
    await a1.json("PUT", `/api/documents/${doc}/status`, { status: "done" });
    const after = await queue();
    expect(after.find((q) => q.documentId === doc)?.status).toBe("done");
    expect(after[after.length - 1].status).toBe("done"); // done last
    const cell = (await progress()).documents.find((d) => d.id === doc)!.assignments.find((a) => a.userId === p.ids.a1);
    expect(cell).toMatchObject({ status: "done", spans: 1 });
  });

  it("renders the progress page for the manager and the queue page for the annotator", async () => {
    const page = await admin.fetch(`/projects/${p.projectId}/progress`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Distribute automatically");
    const q = await a1.fetch(`/projects/${p.projectId}/queue`);
    expect(q.status).toBe(200);
    expect(await q.text()).toContain("Done");
  });
});
