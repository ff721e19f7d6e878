// Worker entry (started by ./launch.ts): see lib/server/agreement/project-agreement.ts for what it computes.
import { databaseUrl as databaseUrlFromEnv } from "../db/database-url";
import { projectAgreementReport } from "../agreement/project-agreement";

// The database is the parent's DATABASE_URL, inherited: never in argv, where `ps` would show its password.
const databaseUrl = databaseUrlFromEnv();
const [projectId] = process.argv.slice(2);
if (!projectId) {
  process.stderr.write("usage: agreement-worker <projectId>\n");
  process.exit(2);
}
projectAgreementReport(databaseUrl, projectId).then(
  (report) => {
    JSON.stringify(report); // serialise once so the peak memory below includes it
    report.stats.maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
    process.stdout.write(JSON.stringify(report), () => process.exit(0));
  },
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  },
);
