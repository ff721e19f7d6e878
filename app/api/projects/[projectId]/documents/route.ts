import { apiRoute, json, readJson } from "@/lib/server/http/http";
import { requireProject } from "@/lib/server/access/guards";
import { addDocuments, listDocuments } from "@/lib/server/documents/documents";
import { parseInput } from "@/lib/server/http/validate";
import { documentInputSchema } from "@/lib/schemas/document";
import { conflict } from "@/lib/server/http/errors";

type Params = { projectId: string };

/** GET → documents with metadata (no text); ?perspective=KR&q=title filter. */
export const GET = apiRoute<Params>(async ({ req, params, actor }) => {
  const scope = await requireProject(actor, params.projectId);
  const url = new URL(req.url);
  const documents = await listDocuments(scope, {
    perspective: url.searchParams.get("perspective") ?? undefined,
    q: url.searchParams.get("q") ?? undefined,
  });
  return json({ documents });
});

/** POST { title, text, outlet, perspective, language, publishedAt, url } → 201, or 409 if the text is already there. */
export const POST = apiRoute<Params>(async ({ req, params, actor }) => {
  const scope = await requireProject(actor, params.projectId, "documents:add");
  const input = parseInput(documentInputSchema, await readJson(req, 5 * 1024 * 1024));
  const [result] = await addDocuments(scope, [input]);
  if (result.status === "duplicate") {
    throw conflict(`This text is already in the project as "${result.existing.title}".`, { documentId: result.existing.id });
  }
  return json({ document: result.document }, 201);
});
