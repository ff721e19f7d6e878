// Export downloads, import uploads and throwaway projects, for the import/export integration tests.
import type { Client } from "./http-client";
import { actorFor, useTestDatabase } from "./data-layer";

export const exportUrl = (q: string, pid: string) => `/api/projects/${pid}/export?${q}`;
export const importUrl = (q: string, pid: string) => `/api/projects/${pid}/import?${q}`;

export async function download(client: Client, q: string, pid: string) {
  const res = await client.fetch(exportUrl(q, pid));
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { res, bytes, text: new TextDecoder().decode(bytes) };
}

export async function upload(client: Client, pid: string, q: string, body: Uint8Array | string) {
  const res = await client.fetch(importUrl(q, pid), {
    method: "POST",
    headers: { "content-type": "application/octet-stream" },
    body: typeof body === "string" ? body : Buffer.from(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

/** A new, empty project managed by admin, with the given users as annotators (authors keep their layers). */
export async function freshProject(name: string, memberEmails: string[] = []): Promise<string> {
  const db = await useTestDatabase();
  const admin = await actorFor("admin@example.com");
  const { createProject } = await import("@/lib/server/projects/projects");
  const p = await createProject(admin, { name, description: "", guidelines: "" });
  for (const email of memberEmails) {
    const u = await db.user.findUniqueOrThrow({ where: { email } });
    if (u.id !== admin.id) await db.membership.create({ data: { projectId: p.id, userId: u.id, role: "annotator" } });
  }
  return p.id;
}

export type JsonlSpan = {
  id: string;
  label: string;
  start: number;
  end: number;
  text: string;
  layer: string;
  authorId: string;
  note: string;
  attributes: Record<string, unknown>;
};
export type JsonlDoc = { id: string; text: string; title: string; status: string; perspective: string; spans: JsonlSpan[] };
export const jsonlDocs = (text: string) =>
  text
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l))
    .filter((l) => l.type === "document") as JsonlDoc[];
