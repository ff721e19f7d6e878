// W3C Web Annotation export: one AnnotationCollection (JSON-LD) whose first and only page
// lists every span annotation, then the proposition linking and assessing annotations.
// Streamed one annotation per line; "total" comes last because only then is it known.
// TextPositionSelector offsets are code points, as the W3C model requires.
import { OffsetIndex } from "../text/offsets";
import type { CorpusProject, DocumentSource, PropositionSource } from "./corpus";
import { orderSpans } from "./span-order";
import { buildLinkingAnnotations, buildAssessingAnnotation, buildSpanAnnotation } from "./w3c-annotation";

export const W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

export async function* encodeW3c(
  project: CorpusProject,
  docs: DocumentSource,
  propositions?: () => PropositionSource,
): AsyncGenerator<string> {
  const collection = `urn:parallax:project:${project.id}:annotations`;
  const users = new Map((project.users ?? []).map((u) => [u.id, u]));
  yield (
    `{"@context":${JSON.stringify(W3C_CONTEXT)},"id":${JSON.stringify(collection)},` +
    `"type":"AnnotationCollection","label":${JSON.stringify(project.name)},` +
    `"first":{"id":${JSON.stringify(`${collection}:page:1`)},"type":"AnnotationPage","partOf":${JSON.stringify(collection)},"startIndex":0,"items":[`
  );
  let total = 0;
  const item = (annotation: unknown) => (total++ === 0 ? "\n" : ",\n") + JSON.stringify(annotation);

  for await (const doc of docs) {
    if (doc.spans.length === 0) continue;
    const index = new OffsetIndex(doc.text);
    let chunk = "";
    for (const span of orderSpans(doc.spans)) chunk += item(buildSpanAnnotation(doc.id, index, span, users.get(span.authorId)));
    yield chunk;
  }
  if (propositions) {
    for await (const p of propositions()) {
      let chunk = "";
      for (const link of buildLinkingAnnotations(p)) chunk += item(link);
      const assessed = buildAssessingAnnotation(p);
      if (assessed) chunk += item(assessed);
      if (chunk) yield chunk;
    }
  }
  yield `\n]},"total":${total}}\n`;
}
