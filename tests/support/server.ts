// Start the real app (next start) on a throwaway database, for integration and browser tests: a
// SQLite file, or, when PARALLAX_TEST_POSTGRES names a PostgreSQL server (an account that may
// create databases, e.g. postgresql://parallax:parallax@localhost/postgres), a new database there.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export const TEST_DIST_DIR = process.env.NEXT_DIST_DIR ?? ".next";

export interface TestServer {
  url: string;
  /** DATABASE_URL of the server's database: file:… or postgresql://… */
  databaseUrl: string;
  /** The server's process (and process group) id. */
  pid: number;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

/** Migrate and seed a new database (the demo unless demo is false). */
export function prepareTestDatabase(databaseUrl: string, demo = true): void {
  execFileSync(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/prepare-db.ts"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PARALLAX_DEMO: demo ? "1" : "0" },
    stdio: ["ignore", "ignore", "pipe"], // Prisma's banner stays quiet; a failure still throws with stderr
  });
}

/** The PostgreSQL server tests run against, if any (PARALLAX_TEST_POSTGRES). */
export function testPostgres(): string | undefined {
  return process.env.PARALLAX_TEST_POSTGRES || undefined;
}

/** A new empty database, with its URL and a function that drops it. */
export async function throwawayDatabase(dir: string): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = testPostgres();
  if (!admin) return { url: `file:${path.join(dir, "test.db")}`, drop: async () => undefined };
  const { default: pg } = await import("pg");
  const name = `parallax_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const query = async (sql: string) => {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  // C collation: text sorts by code point, as SQLite's BINARY does, so lists order alike.
  await query(`CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

async function waitForServer(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/api/auth/csrf`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server at ${url} did not start within ${timeoutMs} ms`);
}

export async function startTestServer(
  options: { demo?: boolean; env?: Record<string, string>; databaseUrl?: string } = {},
): Promise<TestServer> {
  if (!fs.existsSync(path.join(TEST_DIST_DIR, "BUILD_ID"))) {
    throw new Error(`No build in ${TEST_DIST_DIR}: run 'npm test' (it builds first) or 'npx next build'.`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-test-"));
  // An existing database is served as it is (check:crash restarts on the file it killed; a
  // second instance shares the first's).
  const own = options.databaseUrl ? undefined : await throwawayDatabase(dir);
  const databaseUrl = options.databaseUrl ?? own!.url;
  if (own) prepareTestDatabase(databaseUrl, options.demo ?? true);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // detached: its own process group, so stop() can signal the group and end the next-server
  // process that `next start` forks, not only its parent.
  // scripts/serve.ts, as npm start: the app learns the socket address from it (rate limits).
  // TEST_SERVER_NODE_ARGS: extra node flags, e.g. "--cpu-prof --cpu-prof-dir=/tmp/p" to profile
  // the server (NODE_OPTIONS refuses --cpu-prof).
  const nodeArgs = process.env.TEST_SERVER_NODE_ARGS?.split(" ") ?? [];
  const child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", "scripts/serve.ts", "-p", String(port), "-H", "127.0.0.1"], {
    detached: true,
    stdio: ["ignore", "ignore", process.env.TEST_SERVER_LOG ? "inherit" : "ignore"],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: url,
      NEXTAUTH_SECRET: "test-secret-not-for-production",
      NEXT_DIST_DIR: TEST_DIST_DIR,
      NEXT_TELEMETRY_DISABLED: "1",
      // The tests play the part of a proxy: each test client names its address in X-Forwarded-For,
      // so one test's failed sign-ins never lock out the next. A test of the default passes "0".
      PARALLAX_TRUST_PROXY: "1",
      ...options.env,
    },
  });
  await waitForServer(url, child);
  return {
    url,
    databaseUrl,
    pid: child.pid!,
    async stop() {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        // already gone
      }
      await new Promise((r) => setTimeout(r, 200));
      await own?.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
