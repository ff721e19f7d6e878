import { beforeAll, describe, expect, inject, it } from "vitest";
import { type Client, signedIn } from "../support/http-client";
import { actorFor, useTestDatabase } from "../support/data-layer";
import { FEATURE_NAMES } from "@/lib/domain/matching/features";

// The matcher's decision loop and claim clusters through the JSON API, on a project built here:
// suggestions carry reasons and a stance, a rejected suggestion never comes back, every decision
// is stored as a labelled example, and a cluster of unlinked claims becomes a proposition with
// all its links in one request (or nothing is written).

const baseUrl = () => inject("baseUrl");
let admin: Client; // manager
let reviewer: Client;
let annotator: Client;
let projectId: string;
const ids: Record<string, string> = {};

const TEXTS = {
  yonhap:
    "SEOUL (Yonhap) -- Japan placed stricter regulations on exports of chemicals used to manufacture chips to South Korea.\nSamsung shares fell 2 percent on Monday.",
  kyodo:
    "TOKYO (Kyodo) -- Japan tightened restrictions on exports of materials used to produce semiconductors to South Korea.\nThe yen strengthened against the won.",
  wire: "WASHINGTON -- Tokyo curbed shipments of chipmaking chemicals to Seoul.\nThousands rallied in central Seoul on Saturday evening.\nThe export curbs were not a form of punishment, a Japanese official said.",
};

async function claim(
  documentId: string,
  text: string,
  needle: string,
  layer: string,
  authorId: string,
  attributes: Record<string, unknown> = {},
) {
  const db = await useTestDatabase();
  const at = Array.from(text.slice(0, text.indexOf(needle))).length;
  const row = await db.annotation.create({
    data: {
      documentId,
      layer,
      authorId,
      label: "claim",
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
  [admin, reviewer, annotator] = await Promise.all(
    ["admin@example.com", "reviewer@example.com", "annotator1@example.com"].map((e) => signedIn(baseUrl(), e)),
  );
  const [adminActor, rv, u1] = await Promise.all(["admin@example.com", "reviewer@example.com", "annotator1@example.com"].map(actorFor));
  const { createProject } = await import("@/lib/server/projects/projects");
  projectId = (await createProject(adminActor, { name: `Matching test ${Date.now()}`, description: "", guidelines: "" })).id;
  await db.membership.createMany({
    data: [
      { projectId, userId: rv.id, role: "reviewer" },
      { projectId, userId: u1.id, role: "annotator" },
    ],
  });
  for (const [key, text] of Object.entries(TEXTS)) {
    const res = await admin.json("POST", `/api/projects/${projectId}/documents`, {
      title: key,
      text,
      perspective: key === "yonhap" ? "KR" : key === "kyodo" ? "JP" : "US",
      publishedAt: "2019-07-04",
      outlet: key,
      language: "en",
      url: "",
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    ids[key] = res.body.document.id;
  }
  const L1 = `user:${u1.id}`;
  ids.kr = await claim(
    ids.yonhap,
    TEXTS.yonhap,
    "Japan placed stricter regulations on exports of chemicals used to manufacture chips to South Korea",
    "gold",
    rv.id,
    { holder: "Yonhap", voice: "outlet" },
  );
  ids.jp = await claim(
    ids.kyodo,
    TEXTS.kyodo,
    "Japan tightened restrictions on exports of materials used to produce semiconductors to South Korea",
    "gold",
    rv.id,
    { holder: "Kyodo", voice: "outlet" },
  );
  ids.us = await claim(ids.wire, TEXTS.wire, "Tokyo curbed shipments of chipmaking chemicals to Seoul", L1, u1.id);
  ids.samsung = await claim(ids.yonhap, TEXTS.yonhap, "Samsung shares fell 2 percent on Monday", "gold", rv.id);
  ids.yen = await claim(ids.kyodo, TEXTS.kyodo, "The yen strengthened against the won", "gold", rv.id);
  ids.rally = await claim(ids.wire, TEXTS.wire, "Thousands rallied in central Seoul on Saturday evening", L1, u1.id);
  ids.denial = await claim(ids.wire, TEXTS.wire, "The export curbs were not a form of punishment", L1, u1.id, {
    holder: "Japanese official",
    voice: "attributed",
    stance: "denies",
  });
});

describe("clusters of unlinked claims", () => {
  it("groups the three accounts of the export curbs from three outlets, with reasons, a draft and suggested stances", async () => {
    const res = await reviewer.json("GET", `/api/projects/${projectId}/clusters`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.claims).toBe(7);
    const cluster = res.body.clusters.find((c: { claims: { annotationId: string }[] }) => c.claims.some((m) => m.annotationId === ids.kr));
    expect(cluster, JSON.stringify(res.body.clusters)).toBeDefined();
    const members = cluster.claims.map((m: { annotationId: string }) => m.annotationId);
    expect(members).toEqual(expect.arrayContaining([ids.kr, ids.jp]));
    expect(members).not.toContain(ids.samsung);
    expect(members).not.toContain(ids.yen);
    expect(cluster.outlets).toBeGreaterThanOrEqual(2);
    expect(cluster.reasons.some((r: string) => r.startsWith("synonym:"))).toBe(true);
    expect(cluster.reasons).toContain("same entities: Japan, South Korea");
    expect(cluster.draft.length).toBeGreaterThan(20);
    const stanceOf = (id: string) => cluster.claims.find((m: { annotationId: string }) => m.annotationId === id)?.suggestedStance;
    expect(stanceOf(ids.kr)).toMatchObject({ stance: "supports", reason: expect.any(String) });
    expect(stanceOf(ids.jp)).toMatchObject({ stance: "supports", reason: expect.any(String) });
    // The denial may join the group (it is about the curbs); then its stance is the opposite one.
    if (members.includes(ids.denial))
      expect(stanceOf(ids.denial)).toMatchObject({ stance: "refutes", reason: expect.stringContaining("not") });
  });

  it("is for reviewers and managers only", async () => {
    expect((await annotator.json("GET", `/api/projects/${projectId}/clusters`)).status).toBe(403);
  });

  it("refuses a bad request without writing anything", async () => {
    const db = await useTestDatabase();
    const before = await db.proposition.count({ where: { projectId } });
    const empty = await reviewer.json("POST", `/api/projects/${projectId}/clusters`, {
      statement: "Japan curbed exports of chip materials to South Korea",
      links: [],
    });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toMatch(/at least one claim/);
    const twice = await reviewer.json("POST", `/api/projects/${projectId}/clusters`, {
      statement: "Japan curbed exports of chip materials to South Korea",
      links: [
        { annotationId: ids.kr, stance: "supports" },
        { annotationId: ids.kr, stance: "refutes" },
      ],
    });
    expect(twice.status).toBe(400);
    const missing = await reviewer.json("POST", `/api/projects/${projectId}/clusters`, {
      statement: "Japan curbed exports of chip materials to South Korea",
      links: [
        { annotationId: ids.kr, stance: "supports" },
        { annotationId: "no-such-claim", stance: "supports" },
      ],
    });
    expect(missing.status).toBe(404);
    const byAnnotator = await annotator.json("POST", `/api/projects/${projectId}/clusters`, {
      statement: "Japan curbed exports of chip materials to South Korea",
      links: [{ annotationId: ids.us, stance: "supports" }],
    });
    expect(byAnnotator.status).toBe(403);
    expect(await db.proposition.count({ where: { projectId } })).toBe(before);
    expect(await db.propositionLink.count({ where: { annotationId: { in: [ids.kr, ids.jp, ids.us] } } })).toBe(0);
  });

  it("creates the proposition and every link in one request; the linked claims leave the clusters", async () => {
    const res = await reviewer.json("POST", `/api/projects/${projectId}/clusters`, {
      statement: "Japan tightened its export rules on chip materials to South Korea",
      links: [
        { annotationId: ids.kr, stance: "supports" },
        { annotationId: ids.jp, stance: "supports" },
      ],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    ids.curbs = res.body.proposition.id;
    const board = await reviewer.json("GET", `/api/propositions/${ids.curbs}`);
    expect(board.body.proposition.status).toBe("open");
    expect(board.body.proposition.mentions.map((m: { annotationId: string; stance: string }) => [m.annotationId, m.stance]).sort()).toEqual(
      [
        [ids.kr, "supports"],
        [ids.jp, "supports"],
      ].sort(),
    );
    const db = await useTestDatabase();
    const decisions = await db.linkDecision.findMany({ where: { propositionId: ids.curbs } });
    expect(decisions.map((d) => d.decision)).toEqual(["accepted", "accepted"]);
    const again = await reviewer.json("GET", `/api/projects/${projectId}/clusters`);
    const clustered = again.body.clusters.flatMap((c: { claims: { annotationId: string }[] }) => c.claims.map((m) => m.annotationId));
    expect(clustered).not.toContain(ids.kr);
    expect(clustered).not.toContain(ids.jp);
    const dup = await reviewer.json("POST", `/api/projects/${projectId}/clusters`, {
      statement: "Japan tightened its export rules on chip materials to South Korea",
      links: [{ annotationId: ids.us, stance: "supports" }],
    });
    expect(dup.status).toBe(409);
  });
});

describe("the decision loop", () => {
  it("suggests the remaining account of the curbs with its reasons and stance", async () => {
    const res = await reviewer.json("GET", `/api/propositions/${ids.curbs}/suggestions`);
    expect(res.status).toBe(200);
    const us = res.body.suggestions.find((s: { annotationId: string }) => s.annotationId === ids.us);
    expect(us, JSON.stringify(res.body.suggestions)).toBeDefined();
    expect(us.reasons.length).toBeGreaterThan(0);
    expect(us.suggestedStance.stance).toBe("supports");
    const ids_ = res.body.suggestions.map((s: { annotationId: string }) => s.annotationId);
    expect(ids_).not.toContain(ids.kr); // linked
    expect(ids_).not.toContain(ids.yen);
  });

  it("never suggests a rejected claim again, and keeps the rejection as an example", async () => {
    expect((await annotator.json("POST", `/api/propositions/${ids.curbs}/suggestions/reject`, { annotationId: ids.us })).status).toBe(403);
    const rej = await reviewer.json("POST", `/api/propositions/${ids.curbs}/suggestions/reject`, { annotationId: ids.us });
    expect(rej.status, JSON.stringify(rej.body)).toBe(200);
    const res = await reviewer.json("GET", `/api/propositions/${ids.curbs}/suggestions`);
    expect(res.body.suggestions.map((s: { annotationId: string }) => s.annotationId)).not.toContain(ids.us);
    const db = await useTestDatabase();
    const row = await db.linkDecision.findUniqueOrThrow({
      where: { propositionId_annotationId: { propositionId: ids.curbs, annotationId: ids.us } },
    });
    expect(row.decision).toBe("rejected");
    expect(JSON.parse(row.features)).toHaveLength(FEATURE_NAMES.length); // one value per evidence feature
    // A linked claim cannot be "rejected"; unlinking is the way.
    expect((await reviewer.json("POST", `/api/propositions/${ids.curbs}/suggestions/reject`, { annotationId: ids.kr })).status).toBe(409);
  });

  it("records a stance change of a link as restaged", async () => {
    const res = await reviewer.json("POST", `/api/propositions/${ids.curbs}/links`, { annotationId: ids.jp, stance: "reports" });
    expect(res.status).toBe(200);
    const db = await useTestDatabase();
    const row = await db.linkDecision.findUniqueOrThrow({
      where: { propositionId_annotationId: { propositionId: ids.curbs, annotationId: ids.jp } },
    });
    expect(row).toMatchObject({ decision: "restaged", stance: "reports" });
  });

  it("ranks propositions for a claim with reasons, and suggests refutes for its denial", async () => {
    const p = await reviewer.json("POST", `/api/projects/${projectId}/propositions`, {
      statement: "Japan meant the export curbs as a punishment of South Korea",
    });
    expect(p.status).toBe(201);
    const res = await reviewer.json("GET", `/api/projects/${projectId}/propositions?rankFor=${ids.denial}`);
    expect(res.status).toBe(200);
    expect(res.body.propositions[0].id, JSON.stringify(res.body.propositions)).toBe(p.body.proposition.id);
    expect(res.body.propositions[0].reasons).toEqual(expect.arrayContaining([expect.stringMatching(/punishment/)]));
    expect(res.body.propositions[0].suggestedStance).toMatchObject({ stance: "refutes", reason: expect.stringContaining("not") });
  });
});
