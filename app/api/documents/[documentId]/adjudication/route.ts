import { apiRoute, json } from "@/lib/server/http/http";
import { requireDocument } from "@/lib/server/access/guards";
import { getAdjudication } from "@/lib/server/adjudication/adjudication-view";

/**
 * GET → the document's adjudication (reviewers and managers): the done annotators' layers
 * aligned into items (agreed, label_mismatch, boundary_mismatch, attribute_mismatch, link_mismatch, partial),
 * each with its versions and current decision; gold spans added outside items; counts.
 */
export const GET = apiRoute<{ documentId: string }>(async ({ params, actor }) => {
  const { scope } = await requireDocument(actor, params.documentId, "review");
  return json(await getAdjudication(scope, params.documentId));
});
