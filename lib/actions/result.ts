import "server-only";
import { unstable_rethrow } from "next/navigation";
import { AppError, userFacingDatabaseError } from "@/lib/server/http/errors";
import { currentActor } from "@/lib/server/auth/session";
import type { Actor } from "@/lib/server/access/actor";

export type ActionResult<T = null> = { ok: true; data: T; message?: string } | { ok: false; error: string; field?: string; code?: string };

/**
 * Run an action body: expected failures (AppError) become values the form shows; anything
 * else is logged and reported without internals. Next's redirect/notFound pass through.
 */
export async function runAction<T>(body: (actor: Actor) => Promise<T>, message?: string): Promise<ActionResult<T>> {
  try {
    const actor = await currentActor();
    if (!actor) return { ok: false, error: "Your session has ended. Sign in again.", code: "unauthenticated" };
    const data = await body(actor);
    return { ok: true, data, message };
  } catch (e) {
    unstable_rethrow(e);
    const expected = e instanceof AppError ? e : userFacingDatabaseError(e);
    if (expected) return { ok: false, error: expected.message, field: expected.field, code: expected.code };
    console.error(e);
    return { ok: false, error: "Something went wrong on the server; nothing was saved. Try again." };
  }
}
