// CPU time of the app server, read from Linux /proc, so figures survive a noisy machine (wall
// time on 2 shared cores measures the neighbours as much as us). `next start` serves from its
// own process or a next-server child; export and agreement workers are children of that and
// are counted apart, so "server CPU per save" is the event loop's cost only.
import fs from "node:fs";

const TICK_MS = 10; // USER_HZ is 100 on Linux

interface Proc {
  pid: number;
  ppid: number;
  cpuMs: number;
  cmd: string;
}

function readProc(pid: number): Proc | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ");
    // fields after "(comm)": state ppid … utime(14th overall → index 11 here) stime(12)
    return { pid, ppid: Number(rest[1]), cpuMs: (Number(rest[11]) + Number(rest[12])) * TICK_MS, cmd };
  } catch {
    return null; // exited between listing and reading
  }
}

function allProcs(): Proc[] {
  return fs
    .readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .map((d) => readProc(Number(d)))
    .filter((p): p is Proc => p !== null);
}

/** The server processes under `rootPid` (itself and next-server), without worker children. */
function serverProcs(rootPid: number): Proc[] {
  const procs = allProcs();
  const out: Proc[] = [];
  const visit = (pid: number) => {
    const p = procs.find((x) => x.pid === pid);
    if (!p || /worker/.test(p.cmd)) return;
    out.push(p);
    for (const c of procs.filter((x) => x.ppid === pid)) visit(c.pid);
  };
  visit(rootPid);
  return out;
}

/** Milliseconds of CPU (user + system) the server has used so far. */
export function serverCpuMs(rootPid: number): number {
  return serverProcs(rootPid).reduce((sum, p) => sum + p.cpuMs, 0);
}

/**
 * Milliseconds of CPU the PostgreSQL backends serving `database` have used so far (their process
 * titles read "postgres: [cluster: ]user database host(port) state"; Debian names its clusters,
 * "15/main: "). Only live backends count: the app's
 * pools keep their connections open while under load, so a difference over a phase is close.
 */
const BACKEND_TITLE = /^postgres: (?:[^:\s]+: )?(\S+) (\S+) /;

export function postgresCpuMs(database: string): number {
  return allProcs()
    .filter((p) => BACKEND_TITLE.exec(p.cmd)?.[2] === database)
    .reduce((sum, p) => sum + p.cpuMs, 0);
}
