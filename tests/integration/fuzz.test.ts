// Fuzzing every mutating route and every server action with generated bad input (fast-check):
// wrong types, huge and deeply nested bodies, lone surrogates, NUL, RTL overrides, foreign ids.
// Every answer must be a 4xx JSON error (server actions: a refusal value), never a 5xx, and the
// database must be exactly as before (row counts and a checksum of every table).
//
// Routes and actions are enumerated from the source and the build, not listed by hand, so a new
// one is fuzzed without editing this file.
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it, inject } from "vitest";
import { signedIn, type Client } from "../support/http-client";
import { demoProjectId, useTestDatabase } from "../support/data-layer";
import { callAction, serverActions } from "../support/server-actions";
import { settledSnapshot, snapshotDatabase } from "../support/db-snapshot";

const baseUrl = () => inject("baseUrl");
const RUNS = 12;

interface MutatingRoute {
  method: "POST" | "PUT" | "PATCH" | "DELETE";
  template: string;
}

function mutatingRoutes(dir = "app/api", prefix = "/api"): MutatingRoute[] {
  const out: MutatingRoute[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "auth") out.push(...mutatingRoutes(full, `${prefix}/${entry.name}`));
    } else if (entry.name === "route.ts") {
      const src = fs.readFileSync(full, "utf8");
      for (const m of src.matchAll(/export (?:const|async function) (POST|PUT|PATCH|DELETE)\b/g))
        out.push({ method: m[1] as MutatingRoute["method"], template: prefix });
    }
  }
  return out;
}

// Strings that have broken servers: lone surrogates, NUL, bidi overrides, combining marks, emoji.
const nasty = fc.oneof(
  fc.constantFrom(
    "\ud800",
    "a\udfffb",
    "\u0000",
    "\u202e\u202dabc",
    "e\u0301\u0301\u0301",
    "👍🏽🇯🇵",
    "日本",
    "\r\n",
    "$",
    "$undefined",
    "$K1",
    "__proto__",
    "constructor",
    "'; DROP TABLE User; --",
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 20 }),
);
const foreignId = fc.oneof(fc.constantFrom("", " ", "cl0000000000000000000000", "../../etc/passwd", "%00", "x".repeat(300)), nasty);
const leaf = fc.oneof(
  nasty,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(-1, 0, 1e308, Number.MAX_SAFE_INTEGER + 2),
);
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    leaf,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(nasty, tie("value"), { maxKeys: 4 }),
  ),
})).value;
// Bodies as raw text: JSON of junk, JSON nested far too deep, huge, malformed, or a lone-surrogate escape.
const rawBody = fc.oneof(
  json.map((v) => JSON.stringify(v) ?? "null"),
  fc.integer({ min: 40, max: 3000 }).map((n) => `${"[".repeat(n)}${"]".repeat(n)}`),
  fc.integer({ min: 40, max: 3000 }).map((n) => `${'{"a":'.repeat(n)}1${"}".repeat(n)}`),
  fc.constantFrom(
    '{"title":"\\ud800"}',
    '{"label":"claim","start":0,"end":1,"text":"\\udc00"}',
    '{"status":"done\\u0000"}',
    "{",
    "[1,2",
    "\u0000",
    "",
    "   ",
    '{"a":1}garbage',
  ),
  fc.integer({ min: 1, max: 3 }).map((mb) => JSON.stringify({ text: "x".repeat(mb * 2 * 1024 * 1024) })),
);

let admin: Client;
let ids: Record<string, string>;

beforeAll(async () => {
  admin = await signedIn(baseUrl(), "admin@example.com", { "x-forwarded-for": "10.94.0.1" });
  const db = await useTestDatabase();
  const projectId = await demoProjectId();
  const doc = await db.document.findFirstOrThrow({ where: { projectId } });
  const annotation = await db.annotation.findFirstOrThrow({ where: { documentId: doc.id } });
  const proposition = await db.proposition.findFirstOrThrow({ where: { projectId } });
  ids = { projectId, documentId: doc.id, annotationId: annotation.id, propositionId: proposition.id };
});

/** A path segment for a junk id: lone surrogates go as the bytes a sloppy client would send (WTF-8). */
function segment(junk: string): string {
  return encodeURIComponent((junk || "x").replace(/[\uD800-\uDFFF]/gu, "\uFFFD")).replace(/%EF%BF%BD/g, "%ED%A0%80");
}

function fill(template: string, real: boolean, junk: string): string {
  return template.replace(/\[([^\]]+)\]/g, (_m, name: string) => (real && ids[name] ? ids[name] : segment(junk)));
}

function expectRefusal(status: number, text: string, what: string) {
  expect(status, `${what} → ${status} ${text.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
  expect(status, `${what} → ${status} ${text.slice(0, 200)}`).toBeLessThan(500);
  const body = JSON.parse(text);
  expect(typeof body.error?.message, what).toBe("string");
}

describe("fuzz: mutating API routes", () => {
  const routes = mutatingRoutes();

  it("finds the routes", () => {
    expect(routes.length).toBeGreaterThanOrEqual(20);
  });

  it.each(routes.map((r) => [`${r.method} ${r.template}`, r] as const))(
    "%s: 4xx JSON, no 5xx, database unchanged",
    async (_name, route) => {
      const before = await settledSnapshot(inject("databaseUrl"));
      await fc.assert(
        // `{}` is the one valid body of POST …/suggestions (run the suggesters): never sent.
        fc.asyncProperty(
          rawBody.filter((b) => !/^\s*\{\s*\}\s*$/.test(b)),
          fc.boolean(),
          foreignId,
          fc.constantFrom("application/json", "application/octet-stream"),
          async (body, realIds, junkId, type) => {
            // Imports are sent as JSONL: generated junk never has its header and end lines, so none is valid.
            // A DELETE of a real row is a valid request, so what a DELETE names (its last id) is always junk.
            const template = route.method === "DELETE" ? route.template.replace(/\[([^\]]+)\]$/, "[junk]") : route.template;
            const query = route.template.endsWith("/import")
              ? "?format=jsonl"
              : route.method === "DELETE"
                ? `?version=x${segment(junkId)}`
                : "";
            const url = fill(template, realIds, junkId) + query;
            const res = await admin.fetch(url, { method: route.method, headers: { "content-type": type }, body });
            expectRefusal(res.status, await res.text(), `${route.method} ${url} ${JSON.stringify(body.slice(0, 80))}`);
          },
        ),
        { numRuns: RUNS },
      );
      expect(await snapshotDatabase(inject("databaseUrl"))).toEqual(before);
    },
    120_000,
  );
});

describe("fuzz: server actions", () => {
  const actions = serverActions();

  it("finds the actions", () => {
    expect(actions.length).toBeGreaterThanOrEqual(20);
  });

  it.each(actions.map((a) => [a.name, a] as const))(
    "%s: refused as a value, no 5xx, database unchanged",
    async (name, action) => {
      const before = await settledSnapshot(inject("databaseUrl"));
      const page = `/${action.worker
        .replace(/^app\//, "")
        .replace(/\/page$/, "")
        .replace(/\[[^\]]+\]/g, "x")}`;
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.array(fc.oneof(foreignId, json), { maxLength: 4 }).map((a) => JSON.stringify(a)),
            rawBody,
          ),
          async (body) => {
            const res = await callAction(admin, page, name, [], { body });
            const what = `${name} ${body.slice(0, 80)}`;
            expect(res.status, `${what} → ${res.status} ${res.text.slice(0, 200)}`).toBeLessThan(500);
            if (res.status >= 400) expect(typeof JSON.parse(res.text).error?.message, what).toBe("string");
            // A call that got through to the action is refused as a value with a message a user can act on.
            else if (res.result !== undefined) {
              expect(res.result?.ok, `${what} → ${res.text.slice(0, 300)}`).toBe(false);
              expect(res.result.error, what).not.toMatch(/Something went wrong/);
            }
          },
        ),
        { numRuns: RUNS },
      );
      expect(await snapshotDatabase(inject("databaseUrl"))).toEqual(before);
    },
    120_000,
  );
});
