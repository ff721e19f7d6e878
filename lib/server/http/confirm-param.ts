import "server-only";
import { invalid } from "./errors";

/**
 * Deleting a whole document or project through the API takes `?confirm=<its id>`: a script
 * that sends the wrong id, or a DELETE sent by mistake, deletes nothing.
 */
export function requireConfirm(req: Request, id: string, what: "document" | "project"): void {
  if (new URL(req.url).searchParams.get("confirm") !== id) {
    throw invalid(`Deleting a ${what} deletes everything in it: repeat its id as ?confirm=<id> to confirm.`, "confirm");
  }
}
