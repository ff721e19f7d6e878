import "server-only";
import { db } from "../db/db";
import type { Prisma } from "@/generated/prisma/client";
import type { ProjectScope } from "../access/guards";
import { visibleAnnotationWhere } from "../access/proposition-access";
import { documentIndex } from "../documents/document-text";
import { GOLD_LAYER } from "@/lib/domain/spans/layers";
import { buildSnippet } from "@/lib/domain/text/snippet";
import type { PropositionMention } from "@/lib/domain/propositions/framing";
import type { LinkStance } from "@/lib/domain/propositions/link-stances";
import type { MentionView } from "@/lib/views/propositions";

interface ClaimAttributes {
  holder: string | null;
  voice: "outlet" | "attributed" | null;
  hedged: boolean;
  claimStance: "asserts" | "denies" | null;
}

export function readClaimAttributes(json: string): ClaimAttributes {
  let a: Record<string, unknown> = {};
  try {
    a = JSON.parse(json) as Record<string, unknown>;
  } catch {
    // stored attributes are validated on write; a bad row reads as "no attributes"
  }
  return {
    holder: typeof a.holder === "string" && a.holder.trim() ? a.holder.trim() : null,
    voice: a.voice === "outlet" || a.voice === "attributed" ? a.voice : null,
    hedged: a.hedged === true,
    claimStance: a.stance === "asserts" || a.stance === "denies" ? a.stance : null,
  };
}

/** The shape lib/domain/propositions/conflicts works on. */
export function toDomainMention(m: MentionView): PropositionMention {
  return {
    annotationId: m.annotationId,
    documentId: m.documentId,
    perspective: m.perspective,
    publishedAt: m.publishedAt,
    stance: m.stance,
    holder: m.holder ?? undefined,
    voice: m.voice ?? undefined,
    hedged: m.hedged,
    claimStance: m.claimStance ?? undefined,
  };
}

async function namesOf(ids: Iterable<string>): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: unique } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

export function layerName(layer: string, authorName: string): string {
  return layer === GOLD_LAYER ? "Gold" : authorName;
}

/**
 * The mentions of each proposition that the caller may see (blind mode: see
 * ./proposition-access), ordered by publication date, then document, then position.
 * A document whose gold layer the caller can see speaks through its gold mentions only:
 * gold is the settled reading, and annotators' copies of the same claim would count twice.
 */
export async function loadMentions(
  scope: ProjectScope,
  propositionIds: readonly string[],
  options: { context?: boolean } = {},
): Promise<Map<string, MentionView[]>> {
  const out = new Map<string, MentionView[]>(propositionIds.map((id) => [id, []]));
  if (propositionIds.length === 0) return out;
  const visible = await visibleAnnotationWhere(scope);
  const links = await db.propositionLink.findMany({
    where: { propositionId: { in: [...propositionIds] }, annotation: visible },
    include: {
      annotation: {
        select: {
          id: true,
          documentId: true,
          layer: true,
          authorId: true,
          text: true,
          start: true,
          end: true,
          attributes: true,
          author: { select: { name: true } },
          document: { select: { title: true, outlet: true, perspective: true, publishedAt: true } },
        },
      },
    },
  });
  const linkers = await namesOf(links.map((l) => l.createdById));
  const withGold = await documentsWithGold(
    visible,
    links.map((l) => l.annotation.documentId),
  );
  for (const link of links) {
    const a = link.annotation;
    if (a.layer !== GOLD_LAYER && withGold.has(a.documentId)) continue;
    const mention: MentionView = {
      annotationId: a.id,
      documentId: a.documentId,
      documentTitle: a.document.title,
      outlet: a.document.outlet,
      perspective: a.document.perspective,
      publishedAt: a.document.publishedAt,
      text: a.text,
      start: a.start,
      end: a.end,
      layer: a.layer,
      layerName: layerName(a.layer, a.author.name),
      stance: link.stance as LinkStance,
      ...readClaimAttributes(a.attributes),
      linkedBy: linkers.get(link.createdById) ?? "unknown",
      linkedAt: link.createdAt.toISOString(),
    };
    if (options.context) mention.context = buildSnippet(await documentIndex(a.documentId), a.start, a.end);
    out.get(link.propositionId)!.push(mention);
  }
  for (const list of out.values()) list.sort(compareMentions);
  return out;
}

async function documentsWithGold(visible: Prisma.AnnotationWhereInput, documentIds: string[]): Promise<Set<string>> {
  const unique = [...new Set(documentIds)];
  if (unique.length === 0) return new Set();
  const rows = await db.annotation.findMany({
    where: { AND: [visible, { layer: GOLD_LAYER, documentId: { in: unique } }] },
    distinct: ["documentId"],
    select: { documentId: true },
  });
  return new Set(rows.map((r) => r.documentId));
}

function compareMentions(a: MentionView, b: MentionView): number {
  const da = a.publishedAt ?? "9999";
  const dbb = b.publishedAt ?? "9999";
  return da.localeCompare(dbb) || a.documentId.localeCompare(b.documentId) || a.start - b.start || a.layer.localeCompare(b.layer);
}
