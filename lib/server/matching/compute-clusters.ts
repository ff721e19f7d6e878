// Clusters of a project's unlinked claims, computed off the web server's thread: a child process
// with its own read-only connection (SQLite or PostgreSQL) reads the claims that no proposition links (one per
// document and range, gold first), refits the project's matching model from its link decisions,
// runs lib/domain/matching/cluster and prints one JSON line:
// { clusters: [{ ids, documents, score, reasons, draft }], claims, ms, cpuMs }.
// Process entry: lib/server/workers/cluster-worker.ts <database URL> <projectId>,
// started through lib/server/workers/launch.ts.
import { openWorkerDb } from "../workers/worker-db";
import { loadLexicon } from "./lexicon";
import { analyzeText } from "../../domain/matching/analyze";
import { clusterClaims, type ClusterItem } from "../../domain/matching/cluster";
import { CLUSTER_MODEL, trainModel } from "../../domain/matching/model";
import { GOLD_LAYER } from "@/lib/domain/spans/layers";

interface ClaimRow {
  id: string;
  documentId: string;
  layer: string;
  start: number;
  end: number;
  text: string;
  attributes: string;
  perspective: string;
}

export async function runClustering(databaseUrl: string, projectId: string) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const db = openWorkerDb(databaseUrl, { readonly: true });
  try {
    const rows = await db.all<ClaimRow>(
      `SELECT a.id, a.documentId, a.layer, a.start, a."end", a.text, a.attributes, d.perspective
       FROM Annotation a JOIN Document d ON d.id = a.documentId
       WHERE d.projectId = ? AND a.label = 'claim'
         AND NOT EXISTS (SELECT 1 FROM PropositionLink l WHERE l.annotationId = a.id)
       ORDER BY a.documentId, a.start, a."end", CASE WHEN a.layer = ? THEN 0 ELSE 1 END, a.id`,
      projectId,
      GOLD_LAYER,
    ); // gold first among a claim's copies
    // A span linked in any layer counts as linked in every layer (it is the same claim).
    const linked = new Set(
      await db.column<string>(
        `SELECT a.documentId || '|' || a.start || '|' || a."end" AS k FROM PropositionLink l JOIN Annotation a ON a.id = l.annotationId JOIN Document d ON d.id = a.documentId WHERE d.projectId = ?`,
        projectId,
      ),
    );
    // As on boards (proposition-mentions.ts), a document with a gold layer speaks through gold
    // only: an annotator's claim there would vanish from the proposition made of its cluster.
    // Clusters are for reviewers and managers, who see gold.
    const withGold = new Set(
      await db.column<string>(
        `SELECT DISTINCT a.documentId FROM Annotation a JOIN Document d ON d.id = a.documentId WHERE d.projectId = ? AND a.layer = ?`,
        projectId,
        GOLD_LAYER,
      ),
    );
    const seen = new Set<string>();
    const lexicon = loadLexicon();
    const items: ClusterItem[] = [];
    for (const r of rows) {
      const key = `${r.documentId}|${r.start}|${r.end}`;
      if (seen.has(key) || linked.has(key) || (r.layer !== GOLD_LAYER && withGold.has(r.documentId))) continue;
      seen.add(key);
      let holder: string | null = null;
      try {
        const a = JSON.parse(r.attributes) as { holder?: unknown };
        holder = typeof a.holder === "string" ? a.holder : null;
      } catch {
        // stored attributes are validated on write
      }
      items.push({ id: r.id, documentId: r.documentId, analysis: analyzeText(r.text, lexicon), holder, perspective: r.perspective });
    }
    const decisions = await db.all<{ decision: string; features: string }>(
      "SELECT decision, features FROM LinkDecision WHERE projectId = ?",
      projectId,
    );
    const model = trainModel(
      decisions.map((d) => ({ features: JSON.parse(d.features) as number[], accepted: d.decision !== "rejected" })),
      CLUSTER_MODEL,
    );
    const clusters = clusterClaims(items, { model });
    const used = process.cpuUsage(cpu);
    return {
      clusters,
      claims: items.length,
      ms: Math.round(performance.now() - started),
      cpuMs: Math.round((used.user + used.system) / 1000),
    };
  } finally {
    await db.close();
  }
}
