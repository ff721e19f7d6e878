// Worker entry (started by ./launch.ts): see lib/server/matching/compute-clusters.ts for what it computes.
import { runClustering } from "../matching/compute-clusters";

const [dbPath, projectId] = process.argv.slice(2);
if (!dbPath || !projectId) {
  console.error("usage: cluster-worker.ts <sqlite file> <projectId>");
  process.exit(2);
}
process.stdout.write(JSON.stringify(runClustering(dbPath, projectId)) + "\n");
