// Server-action arguments as React encodes them in a text body: a JSON array, in which a string
// starting with "$" is a reference or a special value. A literal "$" is sent escaped as "$$".
// React's decoder throws (and Next answers 500) on any reference it cannot resolve; a text body
// has no other parts to refer to, so only the self-contained forms below can be valid. Pure.
import { checkJsonValue } from "../text/json-guard";

const SELF_CONTAINED = /^\$(\$.*|undefined|Infinity|-Infinity|NaN|-0|n-?\d{1,40}|D\d{4}-\d{2}-\d{2}T[0-9:.]+Z)$/s;

/** Why a decoded action body cannot be the arguments of a call, or null. */
export function checkActionArgs(value: unknown): string | null {
  if (!Array.isArray(value)) return "The action's arguments must be a JSON array.";
  const problem = checkJsonValue(value);
  if (problem) return problem.message;
  return findBadReference(value);
}

function findBadReference(value: unknown): string | null {
  if (typeof value === "string") {
    return value.startsWith("$") && !SELF_CONTAINED.test(value)
      ? `The action's arguments hold an unknown encoded value ${JSON.stringify(value.slice(0, 20))}.`
      : null;
  }
  if (value === null || typeof value !== "object") return null;
  for (const v of Object.values(value)) {
    const p = findBadReference(v);
    if (p) return p;
  }
  return null;
}
