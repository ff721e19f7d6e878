import "server-only";
import { db } from "../db/db";
import type { ProjectScope } from "../access/guards";
import { loadLexicon } from "./lexicon";
import { analyzeText, type AnalyzedText } from "@/lib/domain/matching/analyze";
import { pairEvidence } from "@/lib/domain/matching/features";
import { CLAIM_PRIOR_MODEL, PRIOR_MODEL, trainModel, type MatchModel } from "@/lib/domain/matching/model";
import type { LinkStance } from "@/lib/domain/propositions/link-stances";

// Texts are analysed once per process (a claim's text never changes; spans are re-created).
const analyses = new Map<string, AnalyzedText>();
const MAX_CACHED = 50_000;

export function analyze(text: string): AnalyzedText {
  let a = analyses.get(text);
  if (!a) {
    if (analyses.size >= MAX_CACHED) analyses.clear();
    analyses.set(text, (a = analyzeText(text, loadLexicon())));
  }
  return a;
}

interface FittedModel {
  model: MatchModel;
  /** The same decisions from CLAIM_PRIOR_MODEL, for ranking claims against a statement. */
  claims: MatchModel;
  decisions: number;
}
const models = new Map<string, FittedModel>();
const refitting = new Set<string>();

/**
 * The project's model: the prior refitted on its link decisions (for ranking claims against a
 * statement, CLAIM_PRIOR_MODEL refitted on the same decisions). The fit runs after the
 * response that recorded a decision (setImmediate), never inside a request; a request uses the
 * last fitted model, or fits once synchronously when the process has none yet for the project.
 */
export async function projectModel(projectId: string, ranking: "propositions" | "claims" = "propositions"): Promise<MatchModel> {
  const known = models.get(projectId) ?? (await refit(projectId));
  return ranking === "claims" ? known.claims : known.model;
}

async function refit(projectId: string): Promise<FittedModel> {
  const rows = await db.linkDecision.findMany({ where: { projectId }, select: { decision: true, features: true } });
  const examples = rows.map((r) => ({ features: JSON.parse(r.features) as number[], accepted: r.decision !== "rejected" }));
  const fitted = { model: trainModel(examples, PRIOR_MODEL), claims: trainModel(examples, CLAIM_PRIOR_MODEL), decisions: rows.length };
  models.set(projectId, fitted);
  return fitted;
}

function scheduleRefit(projectId: string) {
  if (refitting.has(projectId)) return;
  refitting.add(projectId);
  setImmediate(() => {
    refit(projectId)
      .catch(() => undefined) // the previous model stays in use
      .finally(() => refitting.delete(projectId));
  });
}

export type LinkDecisionKind = "accepted" | "rejected" | "restaged";

/** Record a reviewer's answer to "this claim ↔ this proposition" as a labelled example. */
export async function recordLinkDecision(
  scope: ProjectScope,
  input: {
    propositionId: string;
    annotationId: string;
    statement: string;
    claimText: string;
    decision: LinkDecisionKind;
    stance: LinkStance | null;
  },
): Promise<void> {
  const { features } = pairEvidence({ analysis: analyze(input.claimText) }, { analysis: analyze(input.statement) });
  const data = { decision: input.decision, stance: input.stance, features: JSON.stringify(features), userId: scope.actor.id };
  await db.linkDecision.upsert({
    where: { propositionId_annotationId: { propositionId: input.propositionId, annotationId: input.annotationId } },
    create: { projectId: scope.projectId, propositionId: input.propositionId, annotationId: input.annotationId, ...data },
    update: data,
  });
  scheduleRefit(scope.projectId);
}

/** Claims a reviewer rejected for this proposition: never suggested for it again. */
export async function rejectedClaims(propositionId: string): Promise<Set<string>> {
  const rows = await db.linkDecision.findMany({ where: { propositionId, decision: "rejected" }, select: { annotationId: true } });
  return new Set(rows.map((r) => r.annotationId));
}
