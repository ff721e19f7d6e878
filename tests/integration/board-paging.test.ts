import { beforeAll, describe, expect, inject, it } from "vitest";
import { type Client, signedIn } from "../support/http-client";
import { actorFor, useTestDatabase } from "../support/data-layer";

// The reconciliation board pages its perspective columns (lib/domain/propositions/board-columns):
// ten cards per column, every cited mention besides, a link that opens the column in full, and
// timeline dots that open the column of a card not shown. Real server, real HTML.

const baseUrl = () => inject("baseUrl");
let reviewer: Client;
let boardUrl: string;
const jp: string[] = [];
const kr: string[] = [];

// Line breaks, CJK, an emoji and a combining mark around the claims: offsets are code points.
const sentence = (i: number) => `Claim ${i} 日本 👍🏽 e\u0301: Tokyo acted for reason ${i}.\n`;

beforeAll(async () => {
  const db = await useTestDatabase();
  reviewer = await signedIn(baseUrl(), "reviewer@example.com");
  const admin = await signedIn(baseUrl(), "admin@example.com");
  const adminActor = await actorFor("admin@example.com");
  const rv = await actorFor("reviewer@example.com");
  const { createProject } = await import("@/lib/server/projects/projects");
  const project = await createProject(adminActor, { name: `Board paging ${Date.now()}`, description: "", guidelines: "" });
  await db.membership.create({ data: { projectId: project.id, userId: rv.id, role: "reviewer" } });
  const addDoc = async (perspective: string, n: number, into: string[]) => {
    const text = Array.from({ length: n }, (_, i) => sentence(i)).join("");
    const res = await admin.json("POST", `/api/projects/${project.id}/documents`, {
      title: `${perspective} report`,
      text,
      perspective,
      publishedAt: "2019-07-14",
      outlet: `${perspective} outlet`,
      language: "en",
      url: "",
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const stored = (await db.document.findUniqueOrThrow({ where: { id: res.body.document.id } })).text;
    for (let i = 0; i < n; i++) {
      const needle = `Tokyo acted for reason ${i}.`;
      const start = Array.from(stored.slice(0, stored.indexOf(needle))).length;
      const row = await db.annotation.create({
        data: {
          documentId: res.body.document.id,
          layer: "gold",
          authorId: rv.id,
          label: "claim",
          start,
          end: start + Array.from(needle).length,
          text: needle,
          attributes: "{}",
        },
      });
      into.push(row.id);
    }
  };
  await addDoc("JP", 13, jp);
  await addDoc("KR", 2, kr);
  const prop = await reviewer.json("POST", `/api/projects/${project.id}/propositions`, { statement: "Tokyo acted for a reason" });
  expect(prop.status, JSON.stringify(prop.body)).toBe(201);
  const id = prop.body.proposition.id as string;
  if (prop.body.proposition.status === "proposed") await reviewer.json("PATCH", `/api/propositions/${id}`, { status: "open" });
  for (const annotationId of [...jp, ...kr]) {
    const res = await reviewer.json("POST", `/api/propositions/${id}/links`, { annotationId, stance: "supports" });
    expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
  }
  // Cite the twelfth JP mention: past the first ten, it must still be on the board.
  const saved = await reviewer.json("PUT", `/api/propositions/${id}/reconciliation`, { status: "open", evidence: [jp[11]], version: 0 });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  boardUrl = `/projects/${project.id}/propositions/${id}`;
});

const cards = (html: string) => [...html.matchAll(/data-testid="mention-card" data-annotation-id="([^"]+)"/g)].map((m) => m[1]);

describe("reconciliation board paging", () => {
  it("shows ten cards a column, plus the cited one, and a link to the rest", async () => {
    const res = await reviewer.fetch(boardUrl);
    expect(res.status).toBe(200);
    const html = await res.text();
    const shown = cards(html);
    expect(shown.filter((id) => jp.includes(id))).toEqual([...jp.slice(0, 10), jp[11]]);
    expect(shown.filter((id) => kr.includes(id))).toEqual(kr);
    expect(html).toContain("Show all <!-- -->13<!-- --> mentions (<!-- -->2<!-- --> more)");
    expect(html).toContain(`?open=JP#perspective-JP`);
    // The hidden mentions' timeline dots open their column at their card; shown ones jump to it.
    expect(html).toContain(`?open=JP#mention-${jp[10]}`);
    expect(html).toContain(`href="#mention-${jp[0]}"`);
    // The claim's context is shown with its emoji and combining mark intact.
    expect(html).toContain("👍🏽 é:");
  });

  it("opens one column in full, and offers the way back", async () => {
    const html = await (await reviewer.fetch(`${boardUrl}?open=JP`)).text();
    expect(cards(html).filter((id) => jp.includes(id))).toEqual(jp);
    expect(html).not.toContain('data-testid="show-all-mentions"');
    expect(html).toContain('data-testid="show-fewer-mentions"');
  });

  it("keeps the JSON API whole: every mention, each with its context", async () => {
    const res = await reviewer.json("GET", boardUrl.replace(/^\/projects\/[^/]+/, "/api"));
    expect(res.status).toBe(200);
    expect(res.body.proposition.mentions).toHaveLength(15);
    expect(res.body.proposition.mentions.every((m: { context?: unknown }) => m.context)).toBe(true);
  });
});
