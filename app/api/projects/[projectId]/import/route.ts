import { apiRoute, json } from "@/lib/server/http/http";
import { requireProject } from "@/lib/server/access/guards";
import { AppError } from "@/lib/server/http/errors";
import { parseImportRequest } from "@/lib/server/corpus/import/import-request";
import { importUpload } from "@/lib/server/corpus/import/import-upload";
import { suggestInBackground } from "@/lib/server/suggestions/suggestion-runs";

type Params = { projectId: string };

// Content types a cross-site HTML form can send: refused when the caller authenticates with
// the session cookie, so another site cannot make a manager's browser import a file.
const FORM_TYPES = /^(application\/x-www-form-urlencoded|multipart\/form-data|text\/plain)\b/i;

/**
 * POST ?format=jsonl|doccano|labelstudio|brat|text[&skipInvalid=1][&layer=gold][&createLabels=1]
 * [&textField=<name>][&predictions=1], body: the file (a zip for brat and text), at most 100 MB →
 * 200 { report }; 400 with every problem and nothing imported; 413 over the limit. Managers only.
 */
export const POST = apiRoute<Params>(async ({ req, params, actor }) => {
  const scope = await requireProject(actor, params.projectId, "corpus:import");
  const request = parseImportRequest(new URL(req.url).searchParams);
  if (actor.via === "session" && FORM_TYPES.test(req.headers.get("content-type") ?? "")) {
    throw new AppError(
      "invalid_input",
      "Send the file with 'Content-Type: application/octet-stream' (or the file's own type, such as application/zip).",
    );
  }
  const report = await importUpload(scope, request, req);
  suggestInBackground(scope.projectId); // pre-annotate the imported documents, off this thread
  return json({ report });
});
