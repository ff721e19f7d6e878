import "server-only";
import { db } from "../db/db";
import type { ProjectScope } from "../access/guards";
import { conflict, isUniqueViolation, notFound } from "../http/errors";
import {
  canLinkClaim,
  propositionInScope,
  requireLinkClaim,
  requireUnlink,
  seesEveryLayer,
  visibleClaim,
  visibleSpan,
} from "../access/proposition-access";
import { layerName, loadMentions, readClaimAttributes } from "./proposition-mentions";
import { documentIndex } from "../documents/document-text";
import { rawDb } from "../db/raw";
import { recordLinkEvent } from "./link-events";
import { GOLD_LAYER, userLayer } from "@/lib/domain/spans/layers";
import { acceptsLinks, explainInactive, statusWhenWithheld } from "@/lib/domain/propositions/proposition-status";
import { hiddenMentionCounts } from "../access/blind-withhold";
import { BACKGROUND_SAMPLE, buildMatchIndex, rankAgainst, sampleEvenly } from "@/lib/domain/matching/ranker";
import { projectClaimIndex, type IndexedClaim } from "../matching/claim-index";
import { suggestStance } from "@/lib/domain/matching/stance";
import { analyze, projectModel, recordLinkDecision, rejectedClaims } from "../matching/matching";
import { buildSnippet } from "@/lib/domain/text/snippet";
import type { ClaimLinking, ClaimSuggestion, RankedProposition } from "@/lib/views/claim-linking";
import type { LinkStance } from "@/lib/domain/propositions/link-stances";

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
export async function linkClaim(
  scope: ProjectScope,
  propositionId: string,
  input: { annotationId: string; stance: LinkStance },
): Promise<LinkResult> {
  const p = await propositionInScope(scope, propositionId);
  if (!acceptsLinks(p.status)) throw conflict(explainInactive(p.status) ?? "This proposition does not take links.");
  const claim = await visibleClaim(scope, input.annotationId);
  requireLinkClaim(scope, claim);
  const key = { propositionId_annotationId: { propositionId, annotationId: claim.id } };
  const existing = await db.propositionLink.findUnique({ where: key });
  const result = { propositionId, annotationId: claim.id, stance: input.stance };
  const decision = { propositionId, annotationId: claim.id, statement: p.statement, claimText: claim.text, stance: input.stance };
  const actorId = scope.actor.id;
  if (existing) {
    if (existing.stance !== input.stance) {
      requireUnlink(scope, claim, existing.createdById);
      await db.$transaction(async (tx) => {
        await tx.propositionLink.update({ where: key, data: { stance: input.stance } });
        await recordLinkEvent(tx, {
          claim,
          actorId,
          action: "relink",
          proposition: p,
          stance: input.stance,
          previousStance: existing.stance,
        });
      });
      await recordLinkDecision(scope, { ...decision, decision: "restaged" });
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
  await recordLinkDecision(scope, { ...decision, decision: "accepted" });
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

/**
 * For the link panel: the claim's links, and every proposition that takes links, ranked by
 * the project's matching model (lib/domain/matching), each with its reasons and a suggested stance.
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
  // Blind mode: a status resting on claims the caller cannot see reads "open" (lib/server/access/blind-withhold).
  const hidden = await hiddenMentionCounts(scope, [...new Set([...candidates.map((c) => c.id), ...links.map((l) => l.propositionId)])]);
  const shown = (id: string, status: string) => ((hidden.get(id) ?? 0) > 0 ? statusWhenWithheld(status) : status);
  for (const c of candidates) c.status = shown(c.id, c.status);
  const stanceOf = new Map(links.map((l) => [l.propositionId, l.stance as LinkStance]));
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const model = await projectModel(scope.projectId);
  const index = buildMatchIndex(
    candidates.map((c) => ({ id: c.id, analysis: analyze(c.statement) })),
    { background: await claimBackground(scope) },
  );
  const attrRow = await db.annotation.findUnique({ where: { id: claim.id }, select: { attributes: true } });
  const attrs = readClaimAttributes(attrRow?.attributes ?? "{}");
  const claimAnalysis = analyze(claim.text);
  const ranked = rankAgainst(
    index,
    { analysis: claimAnalysis, holder: attrs.holder },
    { model, limit: candidates.length, shortlist: candidates.length },
  );
  const propositions: RankedProposition[] = ranked.map((m) => ({
    ...byId.get(m.id)!,
    score: m.score,
    reasons: m.reasons,
    suggestedStance: suggestStance(claimAnalysis, analyze(byId.get(m.id)!.statement), attrs.voice, attrs.claimStance === "denies"),
    linkedStance: stanceOf.get(m.id) ?? null,
  }));
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

/**
 * The claims a claim is ranked among, as the propositions' background (ranker.ts: a statement near
 * every claim of the project gains less from being near this one): the project's claims the caller
 * sees (their layer's, or any layer of an adjudicated document, or every layer for a reviewer), a
 * sample of at most BACKGROUND_SAMPLE.
 */
async function claimBackground(scope: ProjectScope) {
  const [{ claims, index }, visible] = await Promise.all([projectClaimIndex(scope.projectId), claimVisibility(scope)]);
  const keys = new Set(claims.filter(visible).map((c) => c.key));
  return sampleEvenly(
    index.items.filter((i) => keys.has(i.id)),
    BACKGROUND_SAMPLE,
  );
}

/**
 * Which of the project's indexed claims the caller sees: every layer for a reviewer (or with blind
 * mode off), else their own layer's and any layer's on an adjudicated document.
 */
async function claimVisibility(scope: ProjectScope): Promise<(c: IndexedClaim) => boolean> {
  if (await seesEveryLayer(scope)) return () => true;
  const adjudicated = await adjudicatedDocuments(scope.projectId);
  const own = userLayer(scope.actor.id);
  return (c) => c.layer === own || adjudicated.has(c.documentId);
}

// Below this the prior model's pairs were mostly wrong on the tune half of eval/linking
// (scripts/fit-matching-prior.ts prints precision by threshold).
const MIN_SUGGESTION_SCORE = 0.1;

/** Below this many claim spans, suggestions rank against an index of the candidates built per view (a few ms). */
const EXACT_BELOW = 3_000;

function excludedKeys(items: readonly { id: string }[], candidates: ReadonlySet<IndexedClaim>): Set<string> {
  const exclude = new Set(items.map((i) => i.id));
  for (const c of candidates) exclude.delete(c.key);
  return exclude;
}

/**
 * "Possibly the same claim": visible claims not yet linked nor rejected, ranked by the matcher against the
 * statement. A claim overlapping an already linked mention of the same document is left out
 * (it is that mention in another annotator's layer), and one span marked in several layers
 * is offered once (gold first, then the caller's own layer).
 */
export async function suggestClaims(scope: ProjectScope, propositionId: string, limit = 5): Promise<ClaimSuggestion[]> {
  const p = await propositionInScope(scope, propositionId);
  if (!acceptsLinks(p.status)) return [];
  const [visible, mentions, rejected, model] = await Promise.all([
    claimVisibility(scope),
    loadMentions(scope, [p.id]),
    rejectedClaims(p.id),
    projectModel(scope.projectId, "claims"),
  ]);
  const linked = mentions.get(p.id)!;
  const own = userLayer(scope.actor.id);
  const { claims, index } = await projectClaimIndex(scope.projectId);
  const preference = (layer: string) => (layer === GOLD_LAYER ? 0 : layer === own ? 1 : 2);
  const linkedByDocument = new Map<string, typeof linked>(); // not claims × mentions comparisons
  for (const m of linked) linkedByDocument.set(m.documentId, [...(linkedByDocument.get(m.documentId) ?? []), m]);
  // One candidate per span (a claim marked in several layers is one claim of the article): the
  // visible copy in the preferred layer. A rejection covers the span in every layer.
  const chosen = new Map<string, IndexedClaim>();
  const rejectedKeys = new Set<string>();
  for (const c of claims) {
    if (!visible(c)) continue;
    if (rejected.has(c.id)) rejectedKeys.add(c.key);
    const known = chosen.get(c.key);
    if (!known || preference(c.layer) < preference(known.layer)) chosen.set(c.key, c);
  }
  const candidates = new Set<IndexedClaim>();
  for (const c of chosen.values()) {
    const overlapsLinked = linkedByDocument.get(c.documentId)?.some((m) => m.start < c.end && c.start < m.end) ?? false;
    if (!overlapsLinked && !rejectedKeys.has(c.key)) candidates.add(c);
  }
  const statement = analyze(p.statement);
  // A few more than asked: a claim deleted since the index was brought up to date is skipped below.
  const options = { model, limit: limit + 5 };
  const matches = (
    index.items.length <= EXACT_BELOW
      ? // Small projects: an index of the candidates alone, so that rarities and the common
        // direction are the candidates' own (in a project of a few claims, the linked ones,
        // near-copies of the statement, would otherwise make its topic "common" and hide the rest).
        rankAgainst(
          buildMatchIndex([...candidates].map((c) => ({ id: c.key, analysis: analyze(c.text), holder: c.holder }))),
          { analysis: statement },
          options,
        )
      : // Large ones: the shared index, every span without a candidate copy excluded; the
        // linked and rejected are a sliver of it, so its statistics are the candidates'.
        rankAgainst(index, { analysis: statement }, { ...options, exclude: excludedKeys(index.items, candidates) })
  ).filter((m) => m.score >= MIN_SUGGESTION_SCORE);
  const ranked: { m: (typeof matches)[number]; c: ClaimDetails }[] = [];
  for (const m of matches) {
    if (ranked.length >= limit) break;
    const c = await claimDetails(chosen.get(m.id)!.id);
    if (c?.label === "claim") ranked.push({ m, c });
  }
  return Promise.all(
    ranked.map(async ({ m, c }) => {
      const attrs = readClaimAttributes(c.attributes);
      return {
        annotationId: c.id,
        documentId: c.documentId,
        documentTitle: c.title,
        outlet: c.outlet,
        perspective: c.perspective,
        publishedAt: c.publishedAt,
        layerName: layerName(c.layer, c.authorName),
        text: c.text,
        holder: attrs.holder,
        score: m.score,
        reasons: m.reasons,
        suggestedStance: suggestStance(analyze(c.text), statement, attrs.voice, attrs.claimStance === "denies"),
        context: buildSnippet(await documentIndex(c.documentId), c.start, c.end),
        canLink: canLinkClaim(scope, c),
      };
    }),
  );
}

type ClaimCandidate = {
  id: string;
  documentId: string;
  layer: string;
  label: string;
  start: number;
  end: number;
  text: string;
  attributes: string;
};

/** The project's adjudicated documents: in blind mode, the other layers a caller may see. */
async function adjudicatedDocuments(projectId: string): Promise<Set<string>> {
  return new Set(await rawDb().column<string>(`SELECT id FROM "Document" WHERE projectId = ? AND status = 'adjudicated'`, projectId));
}

type ClaimDetails = ClaimCandidate & {
  attributes: string;
  authorName: string;
  title: string;
  outlet: string;
  perspective: string;
  publishedAt: string | null;
};

function claimDetails(id: string): Promise<ClaimDetails | undefined> {
  return rawDb().get<ClaimDetails>(
    `SELECT a.id, a.documentId, a.layer, a.label, a.start, a."end", a.text, a.attributes, u.name AS authorName, d.title, d.outlet, d.perspective, d.publishedAt
     FROM "Annotation" a JOIN "Document" d ON d.id = a.documentId JOIN "User" u ON u.id = a.authorId WHERE a.id = ?`,
    id,
  );
}

/** "Not this one": the claim is never suggested for this proposition again. */
export async function rejectSuggestion(scope: ProjectScope, propositionId: string, annotationId: string): Promise<void> {
  const p = await propositionInScope(scope, propositionId);
  const claim = await visibleClaim(scope, annotationId);
  const linked = await db.propositionLink.findUnique({ where: { propositionId_annotationId: { propositionId, annotationId } } });
  if (linked) throw conflict("This claim is linked to the proposition; unlink it instead.");
  await recordLinkDecision(scope, {
    propositionId,
    annotationId: claim.id,
    statement: p.statement,
    claimText: claim.text,
    decision: "rejected",
    stance: null,
  });
}
