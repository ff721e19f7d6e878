// next-auth's session cookie read straight from a Cookie header. API routes have the request
// in hand; going through Next's cookies() builds request and response cookie jars on every call
// (about 0.2 ms of CPU per request here), which a save pays for nothing.

/** next-auth's names: the __Secure- one is set over HTTPS, the plain one over HTTP. */
export const SESSION_COOKIE_NAMES = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;

/** The value of cookie `name` in a Cookie header (RFC 6265 pairs, percent-decoded like Next does), or undefined. */
export function cookieValue(header: string | null | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const pair of header.split(";")) {
    const eq = pair.indexOf("=");
    if (eq < 0 || pair.slice(0, eq).trim() !== name) continue;
    let value = pair.slice(eq + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  }
  return undefined;
}

/** The session token a Cookie header carries, preferring the HTTPS cookie as next-auth does. */
export function sessionTokenFromCookieHeader(header: string | null | undefined): string | undefined {
  for (const name of SESSION_COOKIE_NAMES) {
    const value = cookieValue(header, name);
    if (value) return value;
  }
  return undefined;
}
