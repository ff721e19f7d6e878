// Two app instances on one database (issue 13 item 5): what one instance counts or computes,
// the other sees. The second instance is a real `next start` on the same SQLite file as the
// suite's server, as a second machine behind a load balancer would be on a shared database.
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { Client, signedIn } from "../support/http-client";
import { demoProjectId, makeUser, useTestDatabase } from "../support/data-layer";
import { exportUrl } from "../support/corpus-http";
import { startTestServer, type TestServer } from "../support/server";

let second: TestServer;
let projectId: string;

beforeAll(async () => {
  second = await startTestServer({ databaseUrl: inject("databaseUrl") });
  projectId = await demoProjectId();
});
afterAll(() => second?.stop());

const first = () => inject("baseUrl");

describe("several app instances on one database", () => {
  it("count failed sign-ins together: a guesser gains nothing by switching instance", async () => {
    const user = await makeUser("two-instances");
    const headers = { "x-forwarded-for": "10.77.0.1" };
    for (const base of [first(), second.url, first(), second.url, first()]) {
      expect(await new Client(base, headers).signIn(user.email, "not-the-password")).toBe("Wrong email or password.");
    }
    // Five failures, spread over both: each instance refuses the sixth, even with the right password.
    for (const base of [first(), second.url]) {
      expect(await new Client(base, headers).signIn(user.email)).toMatch(/Too many failed sign-ins for this account/);
    }
    expect(await new Client(second.url, { "x-forwarded-for": "10.77.0.2" }).signIn(user.email)).toBeNull();
  });

  it("share export and import slots, and free the slots of an instance that died", async () => {
    const db = await useTestDatabase();
    const admin = await signedIn(second.url, "admin@example.com");
    // Another instance's four running jobs (MAX_CORPUS_JOBS), with live leases.
    const later = BigInt(Date.now() + 60_000);
    await db.workerSlot.createMany({
      data: [1, 2, 3, 4].map((i) => ({ id: `elsewhere-${i}`, kind: "corpus", holder: "other-host:1", expiresAt: later })),
    });
    try {
      const refused = await admin.fetch(exportUrl("format=jsonl", projectId));
      expect(refused.status).toBe(429);
      expect((await refused.json()).error.message).toMatch(/4 exports and imports are already running; try again in a minute/);
      // That instance crashed: its leases run out and nobody has to clean up by hand.
      await db.workerSlot.updateMany({ where: { holder: "other-host:1" }, data: { expiresAt: BigInt(Date.now() - 1) } });
      const res = await admin.fetch(exportUrl("format=jsonl", projectId));
      expect(res.status).toBe(200);
      expect((await res.text()).length).toBeGreaterThan(0);
    } finally {
      await db.workerSlot.deleteMany({ where: { holder: "other-host:1" } });
    }
    // The finished export's own slot is released when its worker exits.
    for (let i = 0; i < 50 && (await db.workerSlot.count({ where: { kind: "corpus" } })) > 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await db.workerSlot.count({ where: { kind: "corpus" } })).toBe(0);
  });

  it("serve an agreement report another instance computed, from the database", async () => {
    const db = await useTestDatabase();
    const onFirst = await (await signedIn(first(), "reviewer@example.com")).json("GET", `/api/projects/${projectId}/agreement`);
    expect(onFirst.status).toBe(200);
    const row = await db.derivedResult.findUniqueOrThrow({ where: { key: `agreement:${projectId}` } });
    expect(JSON.parse(row.value)).toEqual(onFirst.body);
    // Mark the stored copy: the second instance, which never computed this report, must send it.
    const marked = { ...onFirst.body, servedFrom: "DerivedResult" };
    await db.derivedResult.update({ where: { key: row.key }, data: { value: JSON.stringify(marked) } });
    try {
      const onSecond = await (await signedIn(second.url, "reviewer@example.com")).json("GET", `/api/projects/${projectId}/agreement`);
      expect(onSecond.status).toBe(200);
      expect(onSecond.body).toEqual(marked);
    } finally {
      await db.derivedResult.delete({ where: { key: row.key } });
    }
  });
});
