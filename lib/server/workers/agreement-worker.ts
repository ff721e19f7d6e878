// Worker entry (started by ./launch.ts): see lib/server/agreement/project-agreement.ts for what it computes.
import { projectAgreementReport } from "../agreement/project-agreement";

const [dbPath, projectId] = process.argv.slice(2);
if (!dbPath || !projectId) {
  process.stderr.write("usage: agreement-worker <sqlite file> <projectId>\n");
  process.exit(2);
}
try {
  const report = projectAgreementReport(dbPath, projectId);
  JSON.stringify(report); // serialise once so the peak memory below includes it
  report.stats.maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(JSON.stringify(report), () => process.exit(0));
} catch (e) {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
}
