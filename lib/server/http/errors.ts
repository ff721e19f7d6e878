// Expected failures as values with an HTTP status and a message a user can act on.
export type ErrorCode = "invalid_input" | "unauthenticated" | "forbidden" | "not_found" | "conflict" | "too_large" | "rate_limited";

const STATUS: Record<ErrorCode, number> = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  rate_limited: 429,
};

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return STATUS[this.code];
  }
}

export const invalid = (message: string, field?: string, details?: unknown) => new AppError("invalid_input", message, field, details);
export const forbidden = (message = "You do not have permission to do that.") => new AppError("forbidden", message);
export const notFound = (what: string) => new AppError("not_found", `${what} was not found.`);
export const conflict = (message: string, details?: unknown) => new AppError("conflict", message, undefined, details);
export const tooLarge = (message: string) => new AppError("too_large", message);

const codeOf = (e: unknown): string | undefined => (typeof e === "object" && e !== null ? (e as { code?: string }).code : undefined);

/** A unique-constraint violation (Prisma's P2002, better-sqlite3's or PostgreSQL's own), to turn races into 409s instead of 500s. */
export function isUniqueViolation(e: unknown): boolean {
  const code = codeOf(e);
  return code === "P2002" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "23505";
}

/**
 * A database refusal the user can act on, as the AppError both error boundaries (route handlers,
 * server actions) answer with; null for anything else, which stays a logged 500.
 */
export function userFacingDatabaseError(e: unknown): AppError | null {
  return isUnstorableText(e)
    ? invalid("Text may not contain the NUL character (U+0000): remove it and try again. Nothing was saved.")
    : null;
}

/**
 * PostgreSQL refuses text holding U+0000 (SQLite stores it): error 22021, from our raw layer as
 * the code, from Prisma wrapped with the server's message. A request carrying one gets a 400.
 */
function isUnstorableText(e: unknown): boolean {
  if (codeOf(e) === "22021") return true;
  if (!(e instanceof Error)) return false;
  const meta = (e as { meta?: unknown }).meta;
  const said = `${e.message} ${String(e.cause ?? "")} ${meta ? JSON.stringify(meta) : ""}`;
  return /invalid byte sequence for encoding \\?"UTF8\\?": 0x00|"originalCode":"22021"/.test(said);
}
