import "server-only";
import fs from "node:fs";
import path from "node:path";
import { db } from "../db/db";
import { recordEvent } from "../annotations/annotation-events";
import { recordLinkEvent } from "../propositions/link-events";
import { toSpan } from "../annotations/span-rows";
import { GOLD_LAYER, userLayer } from "@/lib/domain/spans/layers";
import { resolveDemoAnnotations, type DemoSpan } from "@/lib/server/demo/demo-annotations";

/**
 * Load prisma/demo/annotations.json (written by hand from a careful reading of the corpus):
 * two annotators' layers, the reviewer's gold for some documents, and the propositions with
 * their links and reconciliations.
 */
export async function seedDemoAnnotations(
  projectId: string,
  documentIdByFile: Map<string, string>,
  textByFile: Map<string, string>,
  userIdByEmail: Map<string, string>,
): Promise<void> {
  const raw: unknown = JSON.parse(fs.readFileSync(path.join(process.cwd(), "prisma", "demo", "annotations.json"), "utf8"));
  const data = resolveDemoAnnotations(raw, textByFile);
  const userOf = (key: string) => userIdByEmail.get(data.annotators[key])!;
  const reviewerId = userOf("reviewer");
  // (file, layer key, index) → annotation id, to resolve proposition links.
  const idOf = new Map<string, string>();
  const spanOf = new Map<string, { id: string; documentId: string; layer: string; text: string }>();

  await db.$transaction(async (tx) => {
    const createLayer = async (file: string, layerKey: string, spans: DemoSpan[], layer: string, authorId: string) => {
      const documentId = documentIdByFile.get(file)!;
      for (const [i, s] of spans.entries()) {
        const row = await tx.annotation.create({
          data: {
            documentId,
            layer,
            authorId,
            label: s.label,
            start: s.start,
            end: s.end,
            text: s.text,
            attributes: JSON.stringify(s.attributes),
            note: s.note,
          },
        });
        idOf.set(`${file}|${layerKey}|${i}`, row.id);
        spanOf.set(row.id, row);
        // Seeded spans have a history like any other: who created them, in which layer.
        await recordEvent(tx, { documentId, annotationId: row.id, actorId: authorId, action: "create", after: toSpan(row) });
      }
    };
    for (const doc of data.documents) {
      const documentId = documentIdByFile.get(doc.file)!;
      for (const [key, spans] of Object.entries(doc.layers)) {
        await createLayer(doc.file, key, spans, userLayer(userOf(key)), userOf(key));
        await tx.assignment.create({ data: { documentId, userId: userOf(key), status: "done", doneAt: new Date() } });
      }
      if (doc.gold) {
        await createLayer(doc.file, GOLD_LAYER, doc.gold, GOLD_LAYER, reviewerId);
        const status = doc.goldStatus ?? "in_adjudication";
        await tx.document.update({ where: { id: documentId }, data: { status } });
        await recordEvent(tx, { documentId, actorId: reviewerId, action: "status", before: { status: "open" }, after: { status } });
      }
    }
    for (const p of data.propositions) {
      const links = p.links.map((l) => ({ ...l, annotationId: idOf.get(`${l.file}|${l.layer}|${l.spanIndex}`)! }));
      const proposition = await tx.proposition.create({
        data: {
          projectId,
          statement: p.statement,
          status: p.reconciliation?.status ?? "open",
          createdById: reviewerId,
          links: { create: links.map((l) => ({ annotationId: l.annotationId, stance: l.stance, createdById: reviewerId })) },
        },
      });
      for (const l of links) {
        await recordLinkEvent(tx, {
          claim: spanOf.get(l.annotationId)!,
          actorId: reviewerId,
          action: "link",
          proposition,
          stance: l.stance,
        });
      }
      if (p.reconciliation) {
        const evidence = links.filter((l) => l.evidence).map((l) => l.annotationId);
        const rec = { ...p.reconciliation, evidence };
        await tx.reconciliation.create({
          data: { propositionId: proposition.id, ...rec, evidence: JSON.stringify(evidence), version: 1, updatedById: reviewerId },
        });
        await tx.reconciliationRevision.create({
          data: { propositionId: proposition.id, version: 1, snapshot: JSON.stringify(rec), actorId: reviewerId },
        });
      }
    }
  });
}
