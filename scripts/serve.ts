// The production HTTP server: Next's request handler behind a plain node:http server. npm start
// and the test servers run this instead of `next start`, because two defences need the raw
// request before Next buffers or parses anything:
//  - the client's socket address (route handlers never see the socket) for sign-in rate limits,
//    written into CLIENT_ADDRESS_HEADER; a copy sent by the client is always overwritten;
//  - lib/domain/access/request-rules.ts (CSRF rule, content types, body caps by declared length), and
//    the JSON checks on server-action bodies, so that bad requests get a 4xx with a message
//    instead of reaching Next's action decoder (which answers them with a 500).
// It also answers the span-save endpoints itself, once Next has loaded their route modules
// (lib/server/http/direct-routes.ts): same handlers, without Next's per-request pipeline.
//
//   node --import tsx scripts/serve.ts [-p PORT] [-H HOST]
import http from "node:http";
import next from "next";
import { clientAddress, parseTrustProxy } from "../lib/domain/access/client-address";
import { CLIENT_ADDRESS_HEADER } from "../lib/domain/access/client-header";
import { ACTION_BODY_LIMIT, checkRequest, type Refusal } from "../lib/domain/access/request-rules";
import { checkActionArgs } from "../lib/domain/access/action-args";
import { checkJsonValue } from "../lib/domain/text/json-guard";
import { findDirectRoute, type RouteHandler } from "../lib/server/http/direct-routes";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { NextConfig } from "next";

function argValue(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function send(res: http.ServerResponse, r: { status: number; code: string; message: string }): void {
  res.writeHead(r.status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify({ error: { code: r.code, message: r.message } }));
  // Whatever body is still arriving is read and thrown away (never kept), so the client can
  // finish sending and read this answer instead of seeing its connection cut mid-upload.
  res.req.resume();
}

/** Read a body of at most `limit` bytes; null when it is longer (the rest is not read). */
function readAll(req: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    req.on("data", (c: Buffer) => {
      total += c.length;
      if (total > limit) {
        req.removeAllListeners("data");
        resolve(null);
        return;
      }
      chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** A fresh request carrying `body`, for Next to read after the original stream was consumed. */
function replay(req: http.IncomingMessage, body: Buffer): http.IncomingMessage {
  const copy = new http.IncomingMessage(req.socket);
  Object.assign(copy, {
    method: req.method,
    url: req.url,
    headers: req.headers,
    rawHeaders: req.rawHeaders,
    httpVersion: req.httpVersion,
    httpVersionMajor: req.httpVersionMajor,
    httpVersionMinor: req.httpVersionMinor,
    // Without this Node treats the copy as aborted when it ends and destroys the socket.
    complete: true,
  });
  copy.push(body);
  copy.push(null);
  return copy;
}

/** Server-action arguments sent as text (React's JSON reply): decode and check before Next does. */
function checkActionText(body: Buffer): Refusal | { status: 400; code: string; message: string } | null {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body));
  } catch {
    return { status: 400, code: "invalid_input", message: "The action's arguments are not valid UTF-8 JSON." };
  }
  const problem = checkActionArgs(value);
  return problem ? { status: 400, code: "invalid_input", message: problem } : null;
}

/** Server-action arguments sent as a form (FormData arguments): it must parse, and its root part too. */
async function checkActionForm(body: Buffer, type: string): Promise<{ status: 400; code: string; message: string } | null> {
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), { headers: { "content-type": type } }).formData();
  } catch {
    return { status: 400, code: "invalid_input", message: "The form data is malformed." };
  }
  const root = form.get("0");
  if (typeof root !== "string") return null; // a plain HTML form post (no JavaScript): Next decodes it as fields
  let value: unknown;
  try {
    value = JSON.parse(root);
  } catch {
    return { status: 400, code: "invalid_input", message: "The action's arguments are not valid JSON." };
  }
  if (!Array.isArray(value)) return { status: 400, code: "invalid_input", message: "The action's arguments must be a JSON array." };
  const problem = checkJsonValue(value);
  return problem ? { status: 400, code: "invalid_input", message: problem.message } : null;
}

/** Bodies up to this size are read here for a direct route; a larger or unsized one goes to Next. */
const DIRECT_BODY_LIMIT = 1024 * 1024;

/** The headers next.config.js puts on every response, so direct answers carry them too. */
async function everyResponseHeaders(): Promise<Record<string, string>> {
  const config = ((await import(pathToFileURL(path.join(process.cwd(), "next.config.js")).href)) as { default: NextConfig }).default;
  const all = ((await config.headers?.()) ?? []).find((r) => r.source === "/:path*");
  return Object.fromEntries((all?.headers ?? []).map((h) => [h.key.toLowerCase(), h.value]));
}

/** Whether a direct route can take this request: no body, or a declared one of modest size. */
function directBodyLength(req: http.IncomingMessage): number | null {
  if (req.headers["transfer-encoding"]) return null;
  const declared = Number(req.headers["content-length"] ?? "0");
  return Number.isSafeInteger(declared) && declared >= 0 && declared <= DIRECT_BODY_LIMIT ? declared : null;
}

/** Answer with a registered route handler: a web Request in, its Response written in one go. */
async function answerDirectly(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  route: { handler: RouteHandler; params: Record<string, string> },
  length: number,
  extraHeaders: Record<string, string>,
): Promise<void> {
  const body = length > 0 ? await readAll(req, length) : null;
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i], req.rawHeaders[i + 1]);
  const request = new Request(`http://${req.headers.host ?? "localhost"}${req.url ?? "/"}`, {
    method: req.method,
    headers,
    body: body && body.length ? new Uint8Array(body) : undefined,
  });
  const response = await route.handler(request, { params: Promise.resolve(route.params) });
  const out: Record<string, string | string[]> = { ...extraHeaders, "x-parallax-route": "direct" };
  response.headers.forEach((value, key) => (out[key] = value));
  const setCookies = response.headers.getSetCookie();
  if (setCookies.length) out["set-cookie"] = setCookies;
  const bytes = response.body ? Buffer.from(await response.arrayBuffer()) : undefined;
  if (bytes) out["content-length"] = String(bytes.length);
  res.writeHead(response.status, out);
  res.end(bytes); // headers and body in one write
}

async function main() {
  const port = Number(argValue("-p") ?? process.env.PORT ?? 3000);
  const hostname = argValue("-H") ?? process.env.HOSTNAME ?? "0.0.0.0";
  const hops = parseTrustProxy(process.env.PARALLAX_TRUST_PROXY);
  const appOrigins = process.env.NEXTAUTH_URL ? [process.env.NEXTAUTH_URL] : [];
  // Tells lib/server that the address header was written by this server, not by a client.
  process.env.PARALLAX_SERVED = "1";
  (process.env as Record<string, string>).NODE_ENV = "production";
  const app = next({ dev: false, dir: process.cwd(), hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const responseHeaders = await everyResponseHeaders();

  async function serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const forwarded = req.headers["x-forwarded-for"];
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(
      req.socket.remoteAddress,
      Array.isArray(forwarded) ? forwarded.join(",") : forwarded,
      hops,
    );
    const url = new URL(req.url ?? "/", "http://x");
    const header = (name: string) => {
      const v = req.headers[name];
      return Array.isArray(v) ? v.join(", ") : v;
    };
    const refusal = checkRequest({ method: req.method ?? "GET", path: url.pathname, header, appOrigins });
    if (refusal) return send(res, refusal);
    const type = header("content-type") ?? "";
    const asText = /^text\/plain\b/i.test(type);
    if (req.method === "POST" && header("next-action") !== undefined && (asText || /^multipart\/form-data\b/i.test(type))) {
      const body = await readAll(req, ACTION_BODY_LIMIT);
      if (body === null) return send(res, { status: 413, code: "too_large", message: "The request body is larger than the 25 MB limit." });
      const problem = asText ? checkActionText(body) : await checkActionForm(body, type);
      if (problem) return send(res, problem);
      req = replay(req, body);
    }
    const direct = findDirectRoute(req.method ?? "GET", url.pathname);
    const length = direct ? directBodyLength(req) : null;
    if (direct && length !== null) return answerDirectly(req, res, direct, length, responseHeaders);
    await handle(req, res);
  }

  const server = http.createServer((req, res) => {
    serve(req, res).catch((e) => {
      console.error(e);
      if (!res.headersSent)
        send(res, { status: 500, code: "internal", message: "Something went wrong on the server; nothing was changed." });
    });
  });
  server.listen(port, hostname, () => console.log(`Listening on http://${hostname}:${port}`));
  for (const sig of ["SIGINT", "SIGTERM"] as const) {
    process.on(sig, () => {
      server.close();
      process.exit(0);
    });
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
