// Put the bench article and its spans into a fresh database: the document through the JSON
// API as the demo manager (so it is normalized and hashed as any upload), the 2,000 spans
// straight into SQLite with better-sqlite3 in one transaction, in annotator1's layer, in the
// row format the app writes (2,000 API posts would take a minute here and measure nothing).
import crypto from "node:crypto";
import Database from "better-sqlite3";
import { signedIn, type Client } from "../../tests/support/http-client";
import type { BenchArticle } from "./article";
import { userLayer } from "../../lib/domain/spans/layers";

export interface Seeded {
  documentId: string;
  annotator: Client;
}

export async function seedArticle(baseUrl: string, dbFile: string, article: BenchArticle, log: (s: string) => void): Promise<Seeded> {
  const admin = await signedIn(baseUrl, "admin@example.com");
  const { body } = await admin.json("GET", "/api/projects");
  const project = (body.projects as { id: string; name: string }[]).find((p) => p.name.startsWith("Japan–South Korea"));
  if (!project) throw new Error("the demo project is missing");
  const doc = await admin.json("POST", `/api/projects/${project.id}/documents`, {
    title: "Benchmark: a 20,000-word report",
    text: article.text,
    outlet: "Bench Wire",
    perspective: "other",
    language: "en",
    publishedAt: "2019-07-14",
  });
  if (doc.status !== 201) throw new Error(`adding the document failed: ${doc.status} ${JSON.stringify(doc.body)}`);
  const documentId = doc.body.document.id as string;

  const db = new Database(dbFile);
  try {
    db.pragma("busy_timeout = 5000");
    const user = db.prepare("SELECT id FROM User WHERE email = ?").get("annotator1@example.com") as { id: string };
    const stored = db.prepare("SELECT text FROM Document WHERE id = ?").get(documentId) as { text: string };
    if (stored.text !== article.text) throw new Error("the stored text differs from the generated one (normalization?)");
    const insert = db.prepare(
      `INSERT INTO Annotation (id, documentId, layer, authorId, label, start, "end", text, attributes, note, version, createdAt, updatedAt)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', 1, ?, ?)`,
    );
    const now = new Date().toISOString().replace("Z", "+00:00");
    db.transaction(() => {
      for (const s of article.spans) {
        const id = `bench${crypto.randomBytes(10).toString("hex")}`;
        insert.run(
          id,
          documentId,
          userLayer(user.id),
          user.id,
          s.label,
          s.start,
          s.end,
          s.text,
          JSON.stringify(attributesFor(s.label)),
          now,
          now,
        );
      }
    })();
  } finally {
    db.close();
  }
  log(`Stored the document through the API and ${article.spans.length} spans in SQLite.`);
  return { documentId, annotator: await signedIn(baseUrl, "annotator1@example.com") };
}

/** A few attributes, so the panel has something to summarize. */
function attributesFor(label: string): Record<string, unknown> {
  if (label === "claim") return { stance: "asserts", voice: "outlet" };
  if (label === "quote") return { kind: "direct" };
  return {};
}
