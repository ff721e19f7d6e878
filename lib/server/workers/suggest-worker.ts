// Worker entry (started by ./launch.ts): see lib/server/suggestions/compute-suggestions.ts for what it computes.
import { databaseUrl as databaseUrlFromEnv } from "../db/database-url";
import { runSuggestions } from "../suggestions/compute-suggestions";

// The database is the parent's DATABASE_URL, inherited: never in argv, where `ps` would show its password.
const databaseUrl = databaseUrlFromEnv();
const [projectId, ...rest] = process.argv.slice(2);
if (!projectId) {
  process.stderr.write("usage: suggest-worker <projectId> [--all | documentId…]\n");
  process.exit(2);
}
const target = rest[0] === "--all" ? "all" : rest.length ? rest : "missing";
runSuggestions(databaseUrl, projectId, target).then(
  (result) => process.stdout.write(`${JSON.stringify(result)}\n`, () => process.exit(0)),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  },
);
