import "server-only";

/** The authenticated, enabled user behind a request. Only the session module creates one. */
export interface Actor {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly isAdmin: boolean;
  /** How the request authenticated: UI session cookie or personal API token. */
  readonly via: "session" | "token";
}
