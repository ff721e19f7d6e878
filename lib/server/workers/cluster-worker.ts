// Worker entry (started by ./launch.ts): see lib/server/matching/compute-clusters.ts for what it computes.
import { databaseUrl as databaseUrlFromEnv } from "../db/database-url";
import { runClustering } from "../matching/compute-clusters";

// The database is the parent's DATABASE_URL, inherited: never in argv, where `ps` would show its password.
const databaseUrl = databaseUrlFromEnv();
const [projectId] = process.argv.slice(2);
if (!projectId) {
  console.error("usage: cluster-worker.ts <projectId>");
  process.exit(2);
}
runClustering(databaseUrl, projectId).then(
  (result) => process.stdout.write(JSON.stringify(result) + "\n", () => process.exit(0)),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  },
);
