// One W3C Web Annotation per span, and one linking annotation per proposition and stance.
// Targets name the stored text by a URN (urn:parallax:document:<id>), not the article's
// URL: the selectors are computed on our normalized text, which differs from the web page.
import type { OffsetIndex } from "../text/offsets";
import type { Span } from "../spans/spans";
import type { CorpusProposition, ProjectUser } from "./corpus";
import type { LinkStance } from "../propositions/link-stances";
import { compareStrings, sortRecordKeys } from "./span-order";

/** Code points of context kept on each side in a TextQuoteSelector. */
export const QUOTE_CONTEXT = 32;

export const documentIri = (id: string) => `urn:parallax:document:${id}`;
export const annotationIri = (id: string) => `urn:parallax:annotation:${id}`;
export const propositionIri = (id: string) => `urn:parallax:proposition:${id}`;
export const userIri = (id: string) => `urn:parallax:user:${id}`;

/**
 * The model's oa:assessing motivation has no short name in anno.jsonld (its context lists
 * only the other twelve), so it is written as a compact IRI with the context's "oa" prefix,
 * which expands to http://www.w3.org/ns/oa#assessing.
 */
export const ASSESSING = "oa:assessing";

/** A TextualBody carries no id: the W3C tests read a body with id and purpose as a SpecificResource. */
interface TextualBody {
  type: "TextualBody";
  purpose: string;
  value: string;
  format?: string;
}

export function buildSpanAnnotation(documentId: string, index: OffsetIndex, span: Span, author?: ProjectUser) {
  const prefix = index.slice(Math.max(0, span.start - QUOTE_CONTEXT), span.start);
  const suffix = index.slice(span.end, Math.min(index.length, span.end + QUOTE_CONTEXT));
  const body: TextualBody[] = [{ type: "TextualBody", purpose: "tagging", value: span.label }];
  for (const [key, value] of Object.entries(sortRecordKeys(span.attributes))) {
    body.push({ type: "TextualBody", purpose: "describing", value: `${key}: ${String(value)}`, format: "text/plain" });
  }
  if (span.note) body.push({ type: "TextualBody", purpose: "commenting", value: span.note, format: "text/plain" });
  return {
    id: annotationIri(span.id),
    type: "Annotation",
    motivation: "tagging",
    ...(span.createdAt ? { created: span.createdAt } : {}),
    ...(span.updatedAt ? { modified: span.updatedAt } : {}),
    creator: { id: userIri(span.authorId), type: "Person", ...(author?.name ? { name: author.name } : {}) },
    body,
    target: {
      source: documentIri(documentId),
      selector: [
        {
          type: "TextQuoteSelector",
          exact: span.text,
          ...(prefix ? { prefix } : {}),
          ...(suffix ? { suffix } : {}),
        },
        { type: "TextPositionSelector", start: span.start, end: span.end },
      ],
    },
  };
}

/**
 * Proposition links: one "linking" annotation per proposition and stance. Its bodies are the
 * proposition (a SpecificResource whose source is the proposition's IRI, purpose
 * identifying), its statement (describing) and the stance (classifying). Its targets are
 * the proposition's IRI and the linked span annotations, one per mention: a link always
 * has at least two ends, even with one mention.
 */
export function buildLinkingAnnotations(p: CorpusProposition) {
  const byStance = new Map<LinkStance, string[]>();
  for (const link of p.links) {
    const list = byStance.get(link.stance) ?? [];
    list.push(link.annotationId);
    byStance.set(link.stance, list);
  }
  return [...byStance.entries()]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([stance, annotationIds]) => ({
      id: `${propositionIri(p.id)}:${stance}`,
      type: "Annotation",
      motivation: "linking",
      ...(p.createdAt ? { created: p.createdAt } : {}),
      body: [
        { type: "SpecificResource", source: propositionIri(p.id), purpose: "identifying" },
        { type: "TextualBody", purpose: "describing", value: p.statement, format: "text/plain" },
        { type: "TextualBody", purpose: "classifying", value: stance },
      ],
      target: [propositionIri(p.id), ...[...annotationIds].sort(compareStrings).map(annotationIri)],
    }));
}

/** A reviewer's reconciliation, as an oa:assessing annotation on the proposition. */
export function buildAssessingAnnotation(p: CorpusProposition) {
  const r = p.reconciliation;
  if (!r) return null;
  const body: TextualBody[] = [{ type: "TextualBody", purpose: ASSESSING, value: r.verdict }];
  if (r.summary) body.push({ type: "TextualBody", purpose: "describing", value: r.summary, format: "text/plain" });
  if (r.rationale) body.push({ type: "TextualBody", purpose: "commenting", value: r.rationale, format: "text/plain" });
  return {
    id: `${propositionIri(p.id)}:reconciliation:${r.version}`,
    type: "Annotation",
    motivation: ASSESSING,
    ...(r.updatedAt ? { modified: r.updatedAt } : {}),
    body,
    target: propositionIri(p.id),
  };
}
