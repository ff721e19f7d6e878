// BENCH_CPU_PROFILE=file.cpuprofile: a CDP CPU profile of the page during the timed phase,
// written for Chrome DevTools and summarised here as the functions with the most self time,
// so that "where the time goes" comes from a measurement rather than a guess.
import fs from "node:fs";
import type { Page } from "playwright-core";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export async function startCpuProfile(page: Page): Promise<{ stop(file: string): Promise<void> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Profiler.start");
  return {
    async stop(file: string) {
      const { profile } = (await cdp.send("Profiler.stop")) as unknown as { profile: Profile };
      fs.writeFileSync(file, JSON.stringify(profile));
      printTopSelfTime(profile, file);
    },
  };
}

function printTopSelfTime(profile: Profile, file: string, top = 25): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const n = byId.get(id)!;
    const f = n.callFrame;
    if (f.functionName === "(idle)" || f.functionName === "(program)") return;
    const where = f.url ? `${f.url.split("/").pop()}:${f.lineNumber + 1}:${f.columnNumber + 1}` : "";
    const key = `${f.functionName || "(anonymous)"} ${where}`;
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    self.set(key, (self.get(key) ?? 0) + dt);
    total += dt;
  });
  console.log(`\nCPU profile written to ${file} (open in Chrome DevTools); busy ${total.toFixed(0)} ms, top self time:`);
  for (const [key, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`  ${t.toFixed(1).padStart(8)} ms  ${((t / total) * 100).toFixed(1).padStart(5)}%  ${key}`);
  }
}
