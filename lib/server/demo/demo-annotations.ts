// The demo project's hand-written annotations (prisma/demo/annotations.json): their shape,
// and their resolution against the stored texts. Spans are written as exact text plus
// occurrence so the data stays readable; resolution turns them into code-point offsets,
// half-open [start, end), and rejects anything that does not fit the text. Pure.
import { z } from "zod";
import { at } from "../../domain/at";
import { validateAttributes } from "../../domain/spans/attributes";
import { OffsetIndex } from "../../domain/text/offsets";
// The layer key of the reviewer's adjudicated version is the gold layer's name; every other layer key names an annotator.
import { GOLD_LAYER } from "../../domain/spans/layers";
import { LINK_STANCES, type LinkStance } from "../../domain/propositions/link-stances";

export const DEMO_LABELS = ["claim", "quote", "measure", "date"] as const;

const spanInputSchema = z
  .object({
    label: z.enum(DEMO_LABELS),
    text: z.string().min(1),
    /** 1-based: which match of `text` in the document, counting overlapping matches. */
    occurrence: z.number().int().positive().default(1),
    attributes: z.record(z.string(), z.unknown()).default({}),
    note: z.string().default(""),
  })
  .strict();

const documentInputSchema = z
  .object({
    file: z.string().min(1),
    /** Annotator key (from `annotators`) → that annotator's spans. */
    layers: z.record(z.string(), z.array(spanInputSchema)),
    gold: z.array(spanInputSchema).nullable().default(null),
    goldStatus: z.enum(["adjudicated", "in_adjudication"]).nullable().default(null),
  })
  .strict();

const linkInputSchema = z
  .object({
    file: z.string().min(1),
    /** An annotator key or "gold". The span must be a claim in that layer. */
    layer: z.string().min(1),
    text: z.string().min(1),
    occurrence: z.number().int().positive().default(1),
    stance: z.enum(LINK_STANCES),
    /** Cited by the reconciliation as evidence. */
    evidence: z.boolean().default(false),
    note: z.string().default(""),
  })
  .strict();

const reconciliationInputSchema = z
  .object({
    status: z.enum(["open", "contested", "reconciled"]),
    verdict: z.string(),
    summary: z.string(),
    rationale: z.string(),
  })
  .strict();

const propositionInputSchema = z
  .object({
    key: z.string().regex(/^[a-z0-9-]+$/),
    statement: z.string().min(1),
    links: z.array(linkInputSchema),
    reconciliation: reconciliationInputSchema.nullable().default(null),
  })
  .strict();

export const demoAnnotationsSchema = z
  .object({
    $comment: z.string().optional(),
    /** Layer key → account e-mail; the key "reviewer" authors the gold layer. */
    annotators: z.record(z.string(), z.email()),
    documents: z.array(documentInputSchema),
    propositions: z.array(propositionInputSchema),
  })
  .strict();

export type DemoAnnotationsInput = z.input<typeof demoAnnotationsSchema>;
export type DemoSpanInput = z.input<typeof spanInputSchema>;
export type DemoReconciliation = z.infer<typeof reconciliationInputSchema>;
export type DemoLabel = (typeof DEMO_LABELS)[number];

/** A resolved span: code points, half-open [start, end); `text` equals the document there. */
export interface DemoSpan {
  label: DemoLabel;
  start: number;
  end: number;
  text: string;
  attributes: Record<string, unknown>;
  note: string;
}

export interface DemoDocument {
  file: string;
  /** Annotator key → spans, in the order the data lists them. */
  layers: Record<string, DemoSpan[]>;
  gold: DemoSpan[] | null;
  goldStatus: "adjudicated" | "in_adjudication" | null;
}

export interface DemoLink {
  file: string;
  layer: string;
  /** Position of the linked span in its layer's array (`gold` or `layers[layer]`). */
  spanIndex: number;
  span: DemoSpan;
  stance: LinkStance;
  evidence: boolean;
  note: string;
}

export interface DemoProposition {
  key: string;
  statement: string;
  links: DemoLink[];
  reconciliation: DemoReconciliation | null;
}

export interface DemoAnnotations {
  annotators: Record<string, string>;
  documents: DemoDocument[];
  propositions: DemoProposition[];
}

export class DemoAnnotationError extends Error {
  override name = "DemoAnnotationError";
}

/**
 * Parse the demo data and resolve every span against `texts` (file → stored text, already
 * normalized). Throws DemoAnnotationError naming the file and text of the first problem:
 * a text not found (or fewer occurrences than asked), invalid attributes, a duplicate span,
 * an unknown file or layer, or a link that does not point at a claim.
 */
export function resolveDemoAnnotations(data: unknown, texts: ReadonlyMap<string, string>): DemoAnnotations {
  const parsed = demoAnnotationsSchema.safeParse(data);
  if (!parsed.success) {
    const issue = at(parsed.error.issues, 0); // a failed parse has at least one issue
    throw new DemoAnnotationError(`demo annotations: ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  const input = parsed.data;
  const documents = input.documents.map((doc) => resolveDocument(doc, texts, input.annotators));
  const byFile = new Map(documents.map((d) => [d.file, d]));
  const propositions = input.propositions.map((p) => ({
    key: p.key,
    statement: p.statement,
    links: p.links.map((link) => resolveLink(link, byFile, texts, p.key)),
    reconciliation: p.reconciliation,
  }));
  return { annotators: input.annotators, documents, propositions };
}

type ParsedDocument = z.infer<typeof documentInputSchema>;
type ParsedSpan = z.infer<typeof spanInputSchema>;
type ParsedLink = z.infer<typeof linkInputSchema>;

function resolveDocument(doc: ParsedDocument, texts: ReadonlyMap<string, string>, annotators: Record<string, string>): DemoDocument {
  const text = texts.get(doc.file);
  if (text === undefined) throw new DemoAnnotationError(`${doc.file}: no such document text`);
  const index = new OffsetIndex(text);
  const layers: Record<string, DemoSpan[]> = {};
  for (const [layer, spans] of Object.entries(doc.layers)) {
    if (layer === GOLD_LAYER || !(layer in annotators)) {
      throw new DemoAnnotationError(`${doc.file}: layer "${layer}" is not an annotator key`);
    }
    layers[layer] = resolveLayer(spans, index, `${doc.file} [${layer}]`);
  }
  const gold = doc.gold ? resolveLayer(doc.gold, index, `${doc.file} [gold]`) : null;
  if (gold && !doc.goldStatus) throw new DemoAnnotationError(`${doc.file}: gold without goldStatus`);
  return { file: doc.file, layers, gold, goldStatus: gold ? doc.goldStatus : null };
}

function resolveLayer(spans: ParsedSpan[], index: OffsetIndex, where: string): DemoSpan[] {
  const seen = new Set<string>();
  return spans.map((s) => {
    const { start, end } = locate(index, s.text, s.occurrence, where);
    const key = `${s.label}|${start}|${end}`;
    if (seen.has(key)) throw new DemoAnnotationError(`${where}: duplicate ${s.label} ${JSON.stringify(s.text)}`);
    seen.add(key);
    const check = validateAttributes(s.label, s.attributes);
    if (!check.ok) throw new DemoAnnotationError(`${where}: ${JSON.stringify(s.text)}: ${check.message}`);
    return { label: s.label, start, end, text: s.text, attributes: check.value, note: s.note };
  });
}

/** Code-point range of the `occurrence`-th match of `needle` (matches may overlap). */
export function locate(index: OffsetIndex, needle: string, occurrence: number, where = "document"): { start: number; end: number } {
  let at = -1;
  for (let n = 0; n < occurrence; n++) {
    at = index.text.indexOf(needle, at + 1);
    if (at < 0) {
      const found = n === 0 ? "not found" : `found only ${n} time(s), occurrence ${occurrence} asked`;
      throw new DemoAnnotationError(`${where}: text ${JSON.stringify(needle)} ${found}`);
    }
  }
  const start = index.toCodePoint(at);
  const end = index.toCodePoint(at + needle.length);
  if (start === null || end === null) {
    throw new DemoAnnotationError(`${where}: text ${JSON.stringify(needle)} splits a surrogate pair`);
  }
  return { start, end };
}

function resolveLink(link: ParsedLink, byFile: Map<string, DemoDocument>, texts: ReadonlyMap<string, string>, key: string): DemoLink {
  const where = `proposition "${key}": ${link.file} [${link.layer}]`;
  const doc = byFile.get(link.file);
  if (!doc) throw new DemoAnnotationError(`${where}: document not in the demo annotations`);
  const spans = link.layer === GOLD_LAYER ? doc.gold : doc.layers[link.layer];
  if (!spans) throw new DemoAnnotationError(`${where}: the document has no such layer`);
  const { start, end } = locate(new OffsetIndex(texts.get(link.file)!), link.text, link.occurrence, where);
  const spanIndex = spans.findIndex((s) => s.label === "claim" && s.start === start && s.end === end);
  if (spanIndex < 0) {
    throw new DemoAnnotationError(`${where}: no claim ${JSON.stringify(link.text)} in this layer`);
  }
  const { stance, evidence, note } = link;
  return { file: link.file, layer: link.layer, spanIndex, span: at(spans, spanIndex), stance, evidence, note };
}
