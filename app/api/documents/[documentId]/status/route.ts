import { z } from "zod";
import { apiRoute, json, readJson } from "@/lib/server/http/http";
import { requireDocument } from "@/lib/server/access/guards";
import { setMyDocumentStatus } from "@/lib/server/documents/document-status";
import { parseInput } from "@/lib/server/http/validate";
import { SETTABLE_ANNOTATOR_STATUSES } from "@/lib/domain/projects/annotator-status";

const statusSchema = z.object({
  status: z.enum(SETTABLE_ANNOTATOR_STATUSES, { error: `status must be ${SETTABLE_ANNOTATOR_STATUSES.join(" or ")}` }),
});

/** PUT { status: "done" | "in_progress" } → the caller's own status on this document. */
export const PUT = apiRoute<{ documentId: string }>(async ({ req, params, actor }) => {
  const { scope } = await requireDocument(actor, params.documentId);
  const { status } = parseInput(statusSchema, await readJson(req, 4096));
  await setMyDocumentStatus(scope, params.documentId, status);
  return json({ status });
});
