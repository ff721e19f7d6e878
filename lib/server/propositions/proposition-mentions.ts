import "server-only";
import { rawDb } from "../db/raw";
import { sqlList } from "../db/sql-list";
import type { ProjectScope } from "../access/guards";
import { visibleAnnotationSql } from "../access/proposition-access";
import { toIsoTimestamp } from "../corpus/corpus-timestamps";
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

export function layerName(layer: string, authorName: string): string {
  return layer === GOLD_LAYER ? "Gold" : authorName;
}

/** Proposition ids per statement (SQLite allows 32,766 parameters). */
const MAX_IDS = 8192;

/**
 * The mentions of each proposition that the caller may see (blind mode: see
 * ./proposition-access), ordered by publication date, then document, then position.
 * A document whose gold layer the caller can see speaks through its gold mentions only:
 * gold is the settled reading, and annotators' copies of the same claim would count twice.
 * One prepared statement (a 1,000-mention board: ~10 ms, against ~150 ms as Prisma's nested
 * include, which fetched links, spans, documents and authors apart and then gold by document).
 */
export async function loadMentions(
  scope: ProjectScope,
  propositionIds: readonly string[],
  options: { context?: boolean } = {},
): Promise<Map<string, MentionView[]>> {
  const out = new Map<string, MentionView[]>(propositionIds.map((id) => [id, []]));
  if (propositionIds.length === 0) return out;
  const visible = await visibleAnnotationSql(scope, "a", "d");
  for (let i = 0; i < propositionIds.length; i += MAX_IDS) {
    const list = sqlList(propositionIds.slice(i, i + MAX_IDS));
    const rows = await rawDb().all<MentionRow>(mentionQuery(list.sql, visible.sql, visible.everyLayer), ...list.params, ...visible.params);
    for (const r of rows) {
      if (r.layer !== GOLD_LAYER && r.goldVisible) continue;
      out.get(r.propositionId)?.push({
        annotationId: r.id,
        documentId: r.documentId,
        documentTitle: r.title,
        outlet: r.outlet,
        perspective: r.perspective,
        publishedAt: r.publishedAt,
        text: r.text,
        start: r.start,
        end: r.end,
        layer: r.layer,
        layerName: layerName(r.layer, r.authorName ?? "unknown"),
        stance: r.stance as LinkStance,
        ...readClaimAttributes(r.attributes),
        linkedBy: r.linkedBy ?? "unknown",
        linkedAt: toIsoTimestamp(r.linkedAt) ?? "",
      });
    }
  }
  for (const list of out.values()) list.sort(compareMentions);
  if (options.context) for (const list of out.values()) await addContexts(list);
  return out;
}

interface MentionRow {
  propositionId: string;
  stance: string;
  linkedAt: unknown;
  linkedBy: string | null;
  id: string;
  documentId: string;
  layer: string;
  text: string;
  start: number;
  end: number;
  attributes: string;
  authorName: string | null;
  title: string;
  outlet: string;
  perspective: string;
  publishedAt: string | null;
  goldVisible: number;
}

/**
 * Links of the given propositions (`ids`: sqlList's placeholders) to spans
 * the caller may see, with span, document, author and linker; goldVisible: the document has a
 * gold span the caller may see (gold is visible wherever its document is: with every layer, or
 * once the document is adjudicated, which is the blind-mode rule of ./proposition-access).
 */
function mentionQuery(ids: string, visibleSql: string, everyLayer: boolean): string {
  return `SELECT l.propositionId, l.stance, l.createdAt AS linkedAt, lu.name AS linkedBy,
      a.id, a.documentId, a.layer, a.text, a.start, a."end", a.attributes, au.name AS authorName,
      d.title, d.outlet, d.perspective, d.publishedAt,
      ${everyLayer ? "" : "d.status = 'adjudicated' AND "}EXISTS (SELECT 1 FROM Annotation g WHERE g.documentId = a.documentId AND g.layer = '${GOLD_LAYER}') AS goldVisible
    FROM PropositionLink l
    JOIN Annotation a ON a.id = l.annotationId
    JOIN Document d ON d.id = a.documentId
    LEFT JOIN "User" au ON au.id = a.authorId
    LEFT JOIN "User" lu ON lu.id = l.createdById
    WHERE l.propositionId IN (${ids}) AND ${visibleSql}`;
}

/**
 * Each mention's claim in its surrounding text (mutates `mentions`). The board calls it for
 * the cards it shows only: a snippet reads its document's text.
 */
export async function addContexts(mentions: readonly MentionView[]): Promise<void> {
  for (const m of mentions) m.context ??= buildSnippet(await documentIndex(m.documentId), m.start, m.end);
}

function compareMentions(a: MentionView, b: MentionView): number {
  const da = a.publishedAt ?? "9999";
  const dbb = b.publishedAt ?? "9999";
  return da.localeCompare(dbb) || a.documentId.localeCompare(b.documentId) || a.start - b.start || a.layer.localeCompare(b.layer);
}
