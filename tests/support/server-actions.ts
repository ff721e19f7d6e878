// Calling server actions over real HTTP, as the browser does: POST to a page with the action's
// id (read from the build's manifest) and the arguments encoded as React's reply (plain JSON
// for JSON-like arguments). The answer is an RSC stream; its result row is parsed here.
import fs from "node:fs";
import path from "node:path";
import { TEST_DIST_DIR } from "./server";
import type { Client } from "./http-client";

interface ManifestEntry {
  exportedName?: string;
  filename?: string;
  workers: Record<string, unknown>;
}

let manifest: Record<string, ManifestEntry> | null = null;

function entries(): Record<string, ManifestEntry> {
  manifest ??= JSON.parse(fs.readFileSync(path.join(TEST_DIST_DIR, "server", "server-reference-manifest.json"), "utf8")).node;
  return manifest!;
}

/** Every server action of the build: name, id, source file and a page that hosts it. */
export function serverActions(): { name: string; id: string; file: string; worker: string }[] {
  return Object.entries(entries()).map(([id, e]) => ({
    id,
    name: e.exportedName ?? id,
    file: e.filename ?? "",
    worker: Object.keys(e.workers)[0],
  }));
}

export function actionId(name: string): string {
  const hit = serverActions().find((a) => a.name === name);
  if (!hit) throw new Error(`no server action ${name} in the build`);
  return hit.id;
}

export interface ActionAnswer {
  status: number;
  contentType: string;
  text: string;
  /** The action's return value when the answer is an RSC stream carrying one. */
  result: any;
}

/** POST an action call; `body` is sent as is when given (to send malformed bodies). */
export async function callAction(
  client: Client,
  pagePath: string,
  name: string,
  args: unknown[],
  init: { body?: string | Uint8Array | FormData; headers?: Record<string, string> } = {},
): Promise<ActionAnswer> {
  const isForm = init.body instanceof FormData;
  const res = await client.fetch(pagePath, {
    method: "POST",
    headers: {
      "next-action": actionId(name),
      accept: "text/x-component",
      ...(isForm ? {} : { "content-type": "text/plain;charset=UTF-8" }),
      origin: client.baseUrl,
      ...init.headers,
    },
    body: (init.body ?? JSON.stringify(args)) as BodyInit,
  });
  const text = await res.text();
  return { status: res.status, contentType: res.headers.get("content-type") ?? "", text, result: resultRow(text) };
}

function resultRow(text: string): any {
  for (const line of text.split("\n")) {
    const m = /^1:(.*)$/.exec(line);
    if (!m) continue;
    try {
      return JSON.parse(m[1]);
    } catch {
      return undefined;
    }
  }
  return undefined;
}
