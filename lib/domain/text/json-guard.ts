// Checks on parsed JSON before any schema sees it: every string (keys included) must be
// well-formed UTF-16, since a lone surrogate cannot be stored as UTF-8 or compared as text, and
// nesting is bounded, since no request of this app nests deeply and deep values make every later
// recursive walk (zod, Prisma's JSON encoding) a stack-overflow risk. Pure.

export const MAX_JSON_DEPTH = 32;

export interface JsonProblem {
  /** Where in the value: "title", "spans[2].text", "" for the whole body. */
  field: string;
  message: string;
}

// With the u flag a surrogate range matches only unpaired halves: a pair is one code point.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

export function hasLoneSurrogate(s: string): boolean {
  return LONE_SURROGATE.test(s);
}

/** The first problem found in `value`, or null. */
export function checkJsonValue(value: unknown, maxDepth = MAX_JSON_DEPTH): JsonProblem | null {
  return walk(value, "", 0, maxDepth);
}

function walk(value: unknown, field: string, depth: number, maxDepth: number): JsonProblem | null {
  if (typeof value === "string") {
    return hasLoneSurrogate(value)
      ? { field, message: `${field || "The body"} contains a lone UTF-16 surrogate (not well-formed Unicode text).` }
      : null;
  }
  if (value === null || typeof value !== "object") return null;
  if (depth >= maxDepth) return { field, message: `The body is nested more than ${maxDepth} levels deep.` };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = walk(value[i], `${field}[${i}]`, depth + 1, maxDepth);
      if (p) return p;
    }
    return null;
  }
  for (const [k, v] of Object.entries(value)) {
    const at = field ? `${field}.${k}` : k;
    if (hasLoneSurrogate(k)) return { field: at, message: `A field name contains a lone UTF-16 surrogate (not well-formed Unicode text).` };
    const p = walk(v, at, depth + 1, maxDepth);
    if (p) return p;
  }
  return null;
}
