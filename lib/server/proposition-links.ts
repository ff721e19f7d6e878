import "server-only";
import { db } from "./db";
import type { ProjectScope } from "./guards";
import { conflict, isUniqueViolation, notFound } from "./errors";
import {
  canLinkClaim,
  propositionInScope,
  requireLinkClaim,
  requireUnlink,
  visibleAnnotationWhere,
  visibleClaim,
  visibleSpan,
} from "./proposition-access";
import { layerName, loadMentions, readClaimAttributes } from "./proposition-mentions";
import { documentIndex } from "./document-text";
import { recordLinkEvent } from "./link-events";
import { GOLD_LAYER, userLayer } from "@/lib/domain/layers";
import { acceptsLinks, explainInactive, statusWhenWithheld } from "@/lib/domain/proposition-status";
import { hiddenMentionCounts } from "./blind-withhold";
import { buildRanker } from "@/lib/domain/similarity";
import { buildSnippet, type Snippet } from "@/lib/domain/snippet";
import type { LinkStance } from "@/lib/domain/framing";

export interface LinkResult {
  propositionId: string;
  annotationId: string;
  stance: LinkStance;
  created: boolean;
}

/**
 * Link a claim to a proposition with a stance, or change the stance of an existing link.
 * Refused (nothing changed): a retired or merged proposition (409), a span that is not a
 * claim (400), a span of another project or hidden by blind mode (404), a claim the caller
 * may not link (403).
 */
export async function linkClaim(scope: ProjectScope, propositionId: string, input: { annotationId: string; stance: LinkStance }): Promise<LinkResult> {
  const p = await propositionInScope(scope, propositionId);
  if (!acceptsLinks(p.status)) throw conflict(explainInactive(p.status) ?? "This proposition does not take links.");
  const claim = await visibleClaim(scope, input.annotationId);
  requireLinkClaim(scope, claim);
  const key = { propositionId_annotationId: { propositionId, annotationId: claim.id } };
  const existing = await db.propositionLink.findUnique({ where: key });
  const result = { propositionId, annotationId: claim.id, stance: input.stance };
  const actorId = scope.actor.id;
  if (existing) {
    if (existing.stance !== input.stance) {
      requireUnlink(scope, claim, existing.createdById);
      await db.$transaction(async (tx) => {
        await tx.propositionLink.update({ where: key, data: { stance: input.stance } });
        await recordLinkEvent(tx, { claim, actorId, action: "relink", proposition: p, stance: input.stance, previousStance: existing.stance });
      });
    }
    return { ...result, created: false };
  }
  try {
    await db.$transaction(async (tx) => {
      await tx.propositionLink.create({ data: { propositionId, annotationId: claim.id, stance: input.stance, createdById: actorId } });
      await recordLinkEvent(tx, { claim, actorId, action: "link", proposition: p, stance: input.stance });
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict("This claim was linked to the proposition meanwhile; reload to see its stance.");
    throw e;
  }
  return { ...result, created: true };
}

export async function unlinkClaim(scope: ProjectScope, propositionId: string, annotationId: string): Promise<void> {
  const p = await propositionInScope(scope, propositionId);
  if (p.status === "merged") throw conflict(explainInactive(p.status)!);
  const claim = await visibleSpan(scope, annotationId); // a claim relabelled since can still be unlinked
  const link = await db.propositionLink.findUnique({ where: { propositionId_annotationId: { propositionId, annotationId } } });
  if (!link) throw notFound("Link between this claim and this proposition");
  requireUnlink(scope, claim, link.createdById);
  await db.$transaction(async (tx) => {
    const { count } = await tx.propositionLink.deleteMany({ where: { id: link.id } });
    if (count > 0) await recordLinkEvent(tx, { claim, actorId: scope.actor.id, action: "unlink", proposition: p, stance: link.stance });
  });
}

export interface ClaimLink {
  propositionId: string;
  statement: string;
  status: string;
  stance: LinkStance;
  mergedIntoId: string | null;
}

export interface RankedProposition {
  id: string;
  statement: string;
  status: string;
  /** Cosine similarity to the claim's text in [0, 1]; 0 when no content word is shared. */
  score: number;
  matchedTerms: string[];
  /** This claim's stance toward it, if already linked. */
  linkedStance: LinkStance | null;
}

export interface ClaimLinking {
  claim: { id: string; documentId: string; layer: string; text: string; canLink: boolean };
  links: ClaimLink[];
  propositions: RankedProposition[];
}

/**
 * For the link panel: the claim's links, and every proposition that takes links, ranked by
 * similarity of its statement to the claim (lib/domain/similarity), then the rest by status
 * and statement.
 */
export async function rankPropositionsForClaim(scope: ProjectScope, annotationId: string): Promise<ClaimLinking> {
  const claim = await visibleClaim(scope, annotationId);
  const [candidates, links] = await Promise.all([
    db.proposition.findMany({
      where: { projectId: scope.projectId, status: { in: ["proposed", "open", "contested", "reconciled"] } },
      select: { id: true, statement: true, status: true },
      orderBy: { createdAt: "asc" },
    }),
    db.propositionLink.findMany({
      where: { annotationId: claim.id },
      include: { proposition: { select: { statement: true, status: true, mergedIntoId: true } } },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  // Blind mode: a status resting on claims the caller cannot see reads "open" (lib/server/blind-withhold).
  const hidden = await hiddenMentionCounts(scope, [...new Set([...candidates.map((c) => c.id), ...links.map((l) => l.propositionId)])]);
  const shown = (id: string, status: string) => ((hidden.get(id) ?? 0) > 0 ? statusWhenWithheld(status) : status);
  for (const c of candidates) c.status = shown(c.id, c.status);
  const stanceOf = new Map(links.map((l) => [l.propositionId, l.stance as LinkStance]));
  const ranked = buildRanker(candidates.map((c) => ({ id: c.id, text: c.statement }))).rank(claim.text, candidates.length);
  const scored = new Map(ranked.map((m) => [m.id, m]));
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const rest = candidates.filter((c) => !scored.has(c.id));
  const propositions: RankedProposition[] = [
    ...ranked.map((m) => ({ ...byId.get(m.id)!, score: m.score, matchedTerms: m.matchedTerms, linkedStance: stanceOf.get(m.id) ?? null })),
    ...rest.map((c) => ({ ...c, score: 0, matchedTerms: [], linkedStance: stanceOf.get(c.id) ?? null })),
  ];
  return {
    claim: { id: claim.id, documentId: claim.documentId, layer: claim.layer, text: claim.text, canLink: canLinkClaim(scope, claim) },
    links: links.map((l) => ({
      propositionId: l.propositionId,
      statement: l.proposition.statement,
      status: shown(l.propositionId, l.proposition.status),
      stance: l.stance as LinkStance,
      mergedIntoId: l.proposition.mergedIntoId,
    })),
    propositions,
  };
}

export interface ClaimSuggestion {
  annotationId: string;
  documentId: string;
  documentTitle: string;
  outlet: string;
  perspective: string;
  publishedAt: string | null;
  layerName: string;
  text: string;
  holder: string | null;
  score: number;
  matchedTerms: string[];
  context: Snippet;
  canLink: boolean;
}

// Below this, matches are mostly shared background words ("wartime", "labor") in this corpus.
const MIN_SUGGESTION_SCORE = 0.15;

/**
 * "Possibly the same claim": visible claims not yet linked, ranked by similarity to the
 * statement. A claim overlapping an already linked mention of the same document is left out
 * (it is that mention in another annotator's layer), and one span marked in several layers
 * is offered once (gold first, then the caller's own layer).
 */
export async function suggestClaims(scope: ProjectScope, propositionId: string, limit = 5): Promise<ClaimSuggestion[]> {
  const p = await propositionInScope(scope, propositionId);
  if (!acceptsLinks(p.status)) return [];
  const [visible, mentions] = await Promise.all([visibleAnnotationWhere(scope), loadMentions(scope, [p.id])]);
  const linked = mentions.get(p.id)!;
  const claims = await db.annotation.findMany({
    where: { AND: [visible, { label: "claim" }] },
    select: {
      id: true, documentId: true, layer: true, start: true, end: true, text: true, attributes: true,
      author: { select: { name: true } },
      document: { select: { title: true, outlet: true, perspective: true, publishedAt: true } },
    },
  });
  const own = userLayer(scope.actor.id);
  const preference = (layer: string) => (layer === GOLD_LAYER ? 0 : layer === own ? 1 : 2);
  claims.sort((a, b) => preference(a.layer) - preference(b.layer));
  const seen = new Set<string>();
  const candidates = claims.filter((c) => {
    const overlapsLinked = linked.some((m) => m.documentId === c.documentId && m.start < c.end && c.start < m.end);
    const key = `${c.documentId}|${c.start}|${c.end}`;
    if (overlapsLinked || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const ranked = buildRanker(candidates.map((c) => ({ id: c.id, text: c.text })))
    .rank(p.statement, limit)
    .filter((m) => m.score >= MIN_SUGGESTION_SCORE);
  return Promise.all(
    ranked.map(async (m) => {
      const c = byId.get(m.id)!;
      return {
        annotationId: c.id,
        documentId: c.documentId,
        documentTitle: c.document.title,
        outlet: c.document.outlet,
        perspective: c.document.perspective,
        publishedAt: c.document.publishedAt,
        layerName: layerName(c.layer, c.author.name),
        text: c.text,
        holder: readClaimAttributes(c.attributes).holder,
        score: m.score,
        matchedTerms: m.matchedTerms,
        context: buildSnippet(await documentIndex(c.documentId), c.start, c.end),
        canLink: canLinkClaim(scope, c),
      };
    }),
  );
}
