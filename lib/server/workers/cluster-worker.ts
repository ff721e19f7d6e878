// Worker entry (started by ./launch.ts): see compute-clusters in lib/server/matching for what it computes.
import { runClustering } from "../matching/compute-clusters";

const [dbPath, projectId] = process.argv.slice(2);
if (!dbPath || !projectId) {
  console.error("usage: cluster-worker.ts <sqlite file> <projectId>");
  process.exit(2);
}
process.stdout.write(JSON.stringify(runClustering(dbPath, projectId)) + "\n");
