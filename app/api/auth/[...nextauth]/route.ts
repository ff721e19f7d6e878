import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { authOptions } from "@/lib/server/auth/auth-options";
import { errorResponse, readBody } from "@/lib/server/http/http";
import { sessionCookieIsLive } from "@/lib/server/auth/session";
import { AUTH_BODY_LIMIT } from "@/lib/domain/access/request-rules";

type Ctx = { params: Promise<{ nextauth: string[] }> };
// next-auth 4 types its handler for the pages router (any here); in the App Router it is a route handler.
const handler = NextAuth(authOptions) as (req: NextRequest, ctx: Ctx) => Promise<Response>;

/** next-auth's session answer for a signed-out browser: an empty object, and the cookie cleared. */
function signedOut(): Response {
  const res = Response.json({});
  for (const name of ["next-auth.session-token", "__Secure-next-auth.session-token"]) {
    res.headers.append("set-cookie", `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${name.startsWith("__Secure") ? "; Secure" : ""}`);
  }
  return res;
}

// next-auth's session endpoint would decode a revoked cookie and even re-issue it with a new
// expiry: the session-version check (the one every other request makes) comes first.
export async function GET(req: NextRequest, ctx: Ctx): Promise<Response> {
  const { nextauth } = await ctx.params;
  if (nextauth[0] === "session" && !(await sessionCookieIsLive())) return signedOut();
  return handler(req, ctx);
}

// next-auth reads the whole body before looking at it: cap it first (sign-in forms are tiny).
export async function POST(req: NextRequest, ctx: Ctx): Promise<Response> {
  let body: Uint8Array;
  try {
    body = await readBody(req, AUTH_BODY_LIMIT);
  } catch (e) {
    return errorResponse(e);
  }
  const { nextauth } = await ctx.params;
  if (nextauth[0] === "session" && !(await sessionCookieIsLive())) return signedOut();
  const capped = new NextRequest(req.url, { method: "POST", headers: req.headers, body: body as BodyInit });
  return handler(capped, ctx);
}
