// A fresh project with the demo accounts as members, for tests that change assignments,
// gold or statuses without disturbing the demo project other tests read.
import type { Client } from "./http-client";
import { actorFor, useTestDatabase } from "./data-layer";

export interface ReviewProject {
  projectId: string;
  documentIds: string[];
  ids: { admin: string; a1: string; a2: string; reviewer: string };
}

let counter = 0;

export async function makeReviewProject(
  texts: string[],
  options: { blindMode?: boolean; extraAnnotators?: string[] } = {},
): Promise<ReviewProject> {
  await useTestDatabase();
  const { createProject, updateProject } = await import("@/lib/server/projects/projects");
  const { requireProject } = await import("@/lib/server/access/guards");
  const { addMember } = await import("@/lib/server/access/members");
  const { addDocuments } = await import("@/lib/server/documents/documents");
  const admin = await actorFor("admin@example.com");
  const project = await createProject(admin, { name: `Review test ${Date.now()}-${counter++}`, description: "", guidelines: "" });
  const scope = await requireProject(admin, project.id, "members:manage");
  for (const email of ["annotator1@example.com", "annotator2@example.com", ...(options.extraAnnotators ?? [])])
    await addMember(scope, email, "annotator");
  await addMember(scope, "reviewer@example.com", "reviewer");
  if (options.blindMode === false) await updateProject(scope, { blindMode: false });
  const results = await addDocuments(
    scope,
    texts.map((text, i) => ({
      title: `Doc ${i + 1} ${Math.random()}`,
      text,
      outlet: "Test Wire",
      perspective: "US",
      language: "en",
      publishedAt: null,
      url: "",
    })),
  );
  const documentIds = results.map((r) => (r.status === "created" ? r.document.id : r.existing.id));
  const id = async (email: string) => (await actorFor(email)).id;
  return {
    projectId: project.id,
    documentIds,
    ids: {
      admin: admin.id,
      a1: await id("annotator1@example.com"),
      a2: await id("annotator2@example.com"),
      reviewer: await id("reviewer@example.com"),
    },
  };
}

/** Code-point [start, end) of the nth occurrence of `needle` in `text`, as a span body for the API. */
export function spanOf(text: string, label: string, needle: string, attributes: Record<string, unknown> = {}, nth = 0) {
  let at = -1;
  for (let i = 0, from = 0; i <= nth; i++, from = at + 1) at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`"${needle}" is not in the text`);
  const start = Array.from(text.slice(0, at)).length;
  return { label, start, end: start + Array.from(needle).length, text: needle, attributes };
}

/** Create spans through the API as `client`, then mark the document done. */
export async function annotate(client: Client, documentId: string, spans: ReturnType<typeof spanOf>[], done = true): Promise<void> {
  for (const s of spans) {
    const res = await client.json("POST", `/api/documents/${documentId}/annotations`, s);
    if (res.status !== 201) throw new Error(`span ${JSON.stringify(s)} → ${res.status} ${JSON.stringify(res.body)}`);
  }
  if (done) {
    const res = await client.json("PUT", `/api/documents/${documentId}/status`, { status: "done" });
    if (res.status !== 200) throw new Error(`status → ${res.status}`);
  }
}
