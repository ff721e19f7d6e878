import "server-only";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";

/**
 * Run one of scripts/*.ts in a child process (through tsx's CommonJS hook, so it needs nothing
 * from Next's bundle) at a lower CPU priority, and resolve with its stdout. Heavy synchronous
 * work (better-sqlite3, the suggesters, agreement) runs there instead of on the request thread.
 */
export function runScriptWorker(script: string, args: string[], options: { nice: number; timeoutMs: number; name: string }): Promise<string> {
  const file = path.join(process.cwd(), "scripts", script);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--require", "tsx/cjs", file, ...args], {
      cwd: process.cwd(),
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NODE_OPTIONS: "" },
    });
    try {
      if (child.pid) os.setPriority(child.pid, options.nice);
    } catch {
      // not permitted here: it still runs off the request thread
    }
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs);
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(Buffer.concat(out).toString("utf8"));
      else reject(new Error(`${options.name} failed (${signal ?? `exit ${code}`}): ${Buffer.concat(err).toString("utf8").slice(0, 2000)}`));
    });
  });
}
