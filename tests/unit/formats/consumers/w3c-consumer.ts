// What a consumer of W3C Web Annotation requires, from the Web Annotation Data Model's MUSTs
// (https://www.w3.org/TR/annotation-model/) and the JSON-LD context it defines:
// - @context is http://www.w3.org/ns/anno.jsonld (first, if an array);
// - an Annotation MUST have exactly one id (an IRI), a type including "Annotation", and
//   1 or more targets; a TextualBody MUST have a value; a SpecificResource MUST have
//   exactly one source; a TextQuoteSelector MUST have exact; a TextPositionSelector MUST
//   have non-negative integer start and end; created/modified are xsd:dateTime;
// - motivation and purpose values are the model's motivations (or their IRIs);
// - as the W3C test suite reads them: a linking annotation links at least two resources,
//   and a body with an id and a purpose is a SpecificResource, not a TextualBody;
// - expanded with the jsonld package in safe mode (which throws on any term the context
//   does not define, instead of silently dropping it), every motivation and purpose
//   expands to an absolute IRI in the oa: namespace.
import { readFileSync } from "node:fs";
import path from "node:path";
import jsonld from "jsonld";

const CONTEXT_URL = "http://www.w3.org/ns/anno.jsonld";
const OA = "http://www.w3.org/ns/oa#";
const CONTEXT = JSON.parse(readFileSync(path.resolve(__dirname, "../../../fixtures/w3c/anno.jsonld"), "utf8"));
const MOTIVATIONS = new Set([
  "assessing",
  "bookmarking",
  "classifying",
  "commenting",
  "describing",
  "editing",
  "highlighting",
  "identifying",
  "linking",
  "moderating",
  "questioning",
  "replying",
  "tagging",
]);
const IRI = /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

type Json = Record<string, unknown>;
const asArray = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** The annotations' MUSTs; texts by document IRI check that selectors select what they say. */
export function validateW3cCollection(doc: Json, texts: Map<string, string>): string[] {
  const out: string[] = [];
  const ctx = asArray(doc["@context"]);
  if (ctx[0] !== CONTEXT_URL) out.push(`@context must be ${CONTEXT_URL}`);
  if (!asArray(doc.type).includes("AnnotationCollection")) out.push("the collection's type must be AnnotationCollection");
  if (typeof doc.id !== "string" || !IRI.test(doc.id)) out.push("the collection must have an IRI id");
  const page = doc.first as Json;
  if (!page || !asArray(page.type).includes("AnnotationPage") || !Array.isArray(page.items))
    return [...out, "first must be an AnnotationPage with items"];
  if (doc.total !== page.items.length) out.push(`total ${doc.total} is not the number of items ${page.items.length}`);
  page.items.forEach((a, i) => out.push(...validateAnnotation(a as Json, texts).map((m) => `item ${i + 1} (${(a as Json).id}): ${m}`)));
  return out;
}

function validateAnnotation(a: Json, texts: Map<string, string>): string[] {
  const out: string[] = [];
  if (typeof a.id !== "string" || !IRI.test(a.id)) out.push("MUST have exactly one IRI id");
  if (!asArray(a.type).includes("Annotation")) out.push('type MUST include "Annotation"');
  for (const key of ["created", "modified"])
    if (a[key] !== undefined && !DATE_TIME.test(String(a[key]))) out.push(`${key} must be an xsd:dateTime`);
  const motivations = asArray(a.motivation);
  for (const m of motivations) if (!isMotivation(m)) out.push(`motivation ${JSON.stringify(m)} is not a Web Annotation motivation`);
  const targets = asArray(a.target);
  if (targets.length === 0) out.push("MUST have 1 or more targets");
  if (motivations.includes("linking") && targets.length < 2) out.push("a linking annotation must link at least two resources");
  for (const t of targets) out.push(...validateTarget(t, texts));
  for (const b of asArray(a.body)) out.push(...validateBody(b));
  return out;
}

function isMotivation(m: unknown): boolean {
  return (
    typeof m === "string" &&
    (MOTIVATIONS.has(m) ||
      (m.startsWith("oa:") && MOTIVATIONS.has(m.slice(3))) ||
      (m.startsWith(OA) && MOTIVATIONS.has(m.slice(OA.length))))
  );
}

function validateBody(b: unknown): string[] {
  if (typeof b === "string") return IRI.test(b) ? [] : [`body ${JSON.stringify(b)} is neither an IRI nor a resource`];
  const body = b as Json;
  const out: string[] = [];
  for (const p of asArray(body.purpose)) if (!isMotivation(p)) out.push(`purpose ${JSON.stringify(p)} is not a Web Annotation motivation`);
  const type = asArray(body.type);
  if (type.includes("TextualBody")) {
    if (typeof body.value !== "string") out.push("a TextualBody MUST have a value");
    if (body.id !== undefined && body.purpose !== undefined)
      out.push("a body with an id and a purpose must be a SpecificResource, not a TextualBody");
  } else if (type.includes("SpecificResource")) {
    if (typeof body.source !== "string" || !IRI.test(body.source)) out.push("a SpecificResource MUST have exactly one source");
  } else if (typeof body.id !== "string") {
    out.push("an external body MUST have an id");
  }
  return out;
}

function validateTarget(t: unknown, texts: Map<string, string>): string[] {
  if (typeof t === "string") return IRI.test(t) ? [] : [`target ${JSON.stringify(t)} is not an IRI`];
  const target = t as Json;
  if (typeof target.source !== "string" || !IRI.test(target.source)) return ["a SpecificResource target MUST have exactly one source"];
  const text = texts.get(target.source);
  const cps = text === undefined ? undefined : Array.from(text);
  const out: string[] = [];
  let quoted: string | undefined;
  let position: string | undefined;
  for (const s of asArray(target.selector) as Json[]) {
    if (s.type === "TextQuoteSelector") {
      if (typeof s.exact !== "string") out.push("a TextQuoteSelector MUST have exact");
      quoted = String(s.exact);
      if (cps && !text!.includes(`${s.prefix ?? ""}${s.exact}${s.suffix ?? ""}`))
        out.push("prefix + exact + suffix does not occur in the document");
    } else if (s.type === "TextPositionSelector") {
      const ok = [s.start, s.end].every((v) => Number.isInteger(v) && (v as number) >= 0) && (s.start as number) <= (s.end as number);
      if (!ok) out.push("a TextPositionSelector MUST have non-negative integer start <= end");
      if (cps) position = cps.slice(s.start as number, s.end as number).join("");
    } else {
      out.push(`unexpected selector ${JSON.stringify(s.type)}`);
    }
  }
  if (quoted !== undefined && position !== undefined && quoted !== position)
    out.push(`TextPositionSelector selects ${JSON.stringify(position)}, not ${JSON.stringify(quoted)} (offsets must be code points)`);
  return out;
}

/** Expand with the jsonld package in safe mode, loading only the W3C context (offline). */
export async function expandSafely(doc: unknown): Promise<unknown[]> {
  const documentLoader = async (url: string) => {
    if (url !== CONTEXT_URL) throw new Error(`unexpected remote context ${url}`);
    return { contextUrl: null, documentUrl: url, document: CONTEXT };
  };
  return jsonld.expand(doc, { documentLoader, safe: true });
}

/** Every value of oa:motivatedBy and oa:hasPurpose in an expanded document. */
export function expandedMotivations(expanded: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (!v || typeof v !== "object") return;
    for (const [k, x] of Object.entries(v as Json)) {
      if (k === `${OA}motivatedBy` || k === `${OA}hasPurpose`) for (const m of asArray(x)) out.push(String((m as Json)["@id"]));
      walk(x);
    }
  };
  walk(expanded);
  return out;
}
