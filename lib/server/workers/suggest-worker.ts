// Worker entry (started by ./launch.ts): see lib/server/suggestions/compute-suggestions.ts for what it computes.
import { runSuggestions } from "../suggestions/compute-suggestions";

const [dbPath, projectId, ...rest] = process.argv.slice(2);
if (!dbPath || !projectId) {
  process.stderr.write("usage: suggest-worker <sqlite file> <projectId> [--all | documentId…]\n");
  process.exit(2);
}
try {
  const target = rest[0] === "--all" ? "all" : rest.length ? rest : "missing";
  const result = runSuggestions(dbPath, projectId, target);
  process.stdout.write(`${JSON.stringify(result)}\n`, () => process.exit(0));
} catch (e) {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
}
