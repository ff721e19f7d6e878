import "server-only";
import { AppError, invalid, tooLarge, userFacingDatabaseError } from "./errors";
import { requireApiActor } from "../auth/session";
import type { Actor } from "../access/actor";
import { checkJsonValue } from "@/lib/domain/text/json-guard";
import { checkSameOrigin } from "@/lib/domain/access/request-rules";

export function json(data: unknown, status = 200): Response {
  return Response.json(data, { status });
}

export function errorResponse(e: unknown): Response {
  if (e instanceof AppError) {
    const body: Record<string, unknown> = { code: e.code, message: e.message };
    if (e.field) body.field = e.field;
    if (e.details !== undefined) body.details = e.details;
    return json({ error: body }, e.status);
  }
  const refusal = userFacingDatabaseError(e);
  if (refusal) return errorResponse(refusal);
  console.error(e);
  return json({ error: { code: "internal", message: "Something went wrong on the server; nothing was changed." } }, 500);
}

/**
 * Wrap a route handler: authenticate (token or session cookie), await Next's params, and turn
 * every expected failure into `{ error: { code, message } }` with an honest status.
 */
export function apiRoute<P extends Record<string, string>>(
  handler: (args: { req: Request; params: P; actor: Actor }) => Promise<Response>,
) {
  return async (req: Request, ctx: { params: Promise<P> }): Promise<Response> => {
    try {
      // scripts/serve.ts applies this rule before Next; repeated here for a bare `next start`.
      const refusal = checkSameOrigin(
        {
          method: req.method,
          path: new URL(req.url).pathname,
          header: (n) => req.headers.get(n) ?? undefined,
          appOrigins: process.env.NEXTAUTH_URL ? [process.env.NEXTAUTH_URL] : [],
        },
        true,
      );
      if (refusal) throw new AppError("forbidden", refusal.message);
      const actor = await requireApiActor(req);
      return await handler({ req, params: await ctx.params, actor });
    } catch (e) {
      return errorResponse(e);
    }
  };
}

/** Read at most `maxBytes` of the body (streamed, so a huge upload is cut off early). */
export async function readBody(req: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  const limit = `${(maxBytes / 1048576).toFixed(maxBytes < 1048576 ? 2 : 0)} MB`;
  if (declared > maxBytes) throw tooLarge(`The request body is larger than the ${limit} limit.`);
  if (!req.body) return new Uint8Array();
  // A declared length is enforced by Node's HTTP parser, so such a body cannot outgrow it: read
  // it whole (one await instead of one per chunk; the save path's bodies are all like this).
  if (req.headers.has("content-length")) return new Uint8Array(await req.arrayBuffer());
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(`The request body is larger than the ${limit} limit.`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export async function readJson(req: Request, maxBytes: number): Promise<unknown> {
  // Requiring the JSON content type also blocks cross-site form posts riding on the session cookie.
  const type = req.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) throw invalid("Send the body as JSON with 'Content-Type: application/json'.");
  const bytes = await readBody(req, maxBytes);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw invalid("The request body is not UTF-8.");
  }
  if (text.trim() === "") throw invalid("The request body is empty; send a JSON object.");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw invalid("The request body is not valid JSON.");
  }
  const problem = checkJsonValue(value);
  if (problem) throw invalid(problem.message, problem.field || undefined);
  return value;
}
