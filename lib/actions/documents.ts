"use server";
import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "./result";
import { formObject, requireForm } from "./form-data";
import { parseInput } from "@/lib/server/http/validate";
import { requireId, requireProject } from "@/lib/server/access/guards";
import { addDocuments, type AddDocumentResult } from "@/lib/server/documents/documents";
import { deleteDocument, updateDocumentMetadata } from "@/lib/server/documents/document-admin";
import { redirect } from "next/navigation";
import { invalid, tooLarge } from "@/lib/server/http/errors";
import { documentInputSchema, documentMetadataSchema } from "@/lib/schemas/document";
import { MAX_DOCUMENT_BYTES } from "@/lib/domain/text/text";

type State = ActionResult<AddDocumentResult[]> | null;

const utf8 = new TextDecoder("utf-8", { fatal: true });

async function readTextFile(file: File): Promise<string> {
  if (file.size > MAX_DOCUMENT_BYTES) {
    throw tooLarge(`${file.name} is ${(file.size / 1048576).toFixed(1)} MB; the limit is 2 MB of text per document.`);
  }
  try {
    return utf8.decode(await file.arrayBuffer()).replace(/^\uFEFF/, "");
  } catch {
    throw invalid(`${file.name} is not UTF-8 text. Save it as UTF-8 and upload it again.`, "files");
  }
}

/** Paste one article, or upload several .txt files sharing the metadata given in the form. */
export async function addDocumentsAction(projectId: string, _: State, form: FormData): Promise<State> {
  const result = await runAction(async (actor) => {
    const scope = await requireProject(actor, projectId, "documents:add");
    const meta = formObject(form);
    const files = requireForm(form)
      .getAll("files")
      .filter((f): f is File => f instanceof File && f.size > 0);
    const inputs =
      meta.mode === "upload"
        ? await Promise.all(
            files.map(async (file, i) =>
              parseInput(
                documentInputSchema,
                { ...meta, title: file.name.replace(/\.txt$/i, ""), text: await readTextFile(file) },
                `file ${i + 1} (${file.name})`,
              ),
            ),
          )
        : [parseInput(documentInputSchema, meta)];
    if (inputs.length === 0) throw invalid("Choose at least one .txt file to upload.", "files");
    const results = await addDocuments(scope, inputs);
    revalidatePath(`/projects/${projectId}`);
    return results;
  });
  if (!result.ok) return result;
  const created = result.data.filter((r) => r.status === "created").length;
  const dups = result.data.length - created;
  return { ...result, message: `Added ${created} document(s)${dups ? `; ${dups} already in the project were not added again` : ""}.` };
}

/** A manager corrects a document's title, outlet, perspective, language, date or URL. */
export async function updateDocumentAction(
  projectId: string,
  documentId: string,
  _: State | ActionResult<null>,
  form: FormData,
): Promise<ActionResult<null>> {
  return runAction(async (actor) => {
    const scope = await requireProject(actor, requireId(projectId, "projectId"));
    await updateDocumentMetadata(
      scope,
      requireId(documentId, "documentId"),
      parseInput(documentMetadataSchema, formObject(requireForm(form))),
    );
    revalidatePath(`/documents/${documentId}`);
    revalidatePath(`/projects/${projectId}`);
    return null;
  }, "Saved.");
}

/** Delete a document and everything on it (the form confirmed first), then go back to the list. */
export async function deleteDocumentAction(projectId: string, documentId: string): Promise<ActionResult<null>> {
  const result = await runAction(async (actor) => {
    const scope = await requireProject(actor, requireId(projectId, "projectId"));
    await deleteDocument(scope, requireId(documentId, "documentId"));
    revalidatePath(`/projects/${projectId}`);
    return null;
  });
  if (result.ok) redirect(`/projects/${projectId}?deleted=1`);
  return result;
}
