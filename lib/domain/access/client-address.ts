// Which address a request came from, for rate limiting. Pure: the server passes the socket
// address and the X-Forwarded-For header it received.
//
// X-Forwarded-For is written by whoever sends the request, so it counts only as far as
// PARALLAX_TRUST_PROXY says proxies of ours appended to it: with `hops` trusted proxies in
// front of the app, the client is the hops-th address from the right of [...forwarded, socket].
// With 0 (the default) the header is ignored and the socket address is the client.
import { at } from "../at";

/** Parse PARALLAX_TRUST_PROXY: unset or "0" → 0; a small whole number of hops; anything else is an error. */
export function parseTrustProxy(raw: string | undefined): number {
  const v = (raw ?? "").trim();
  if (v === "" || v === "0" || v.toLowerCase() === "false") return 0;
  if (!/^[1-9]$/.test(v))
    throw new Error(`PARALLAX_TRUST_PROXY must be the number of proxy hops in front of the app (0-9), not ${JSON.stringify(raw)}.`);
  return Number(v);
}

export function clientAddress(socketAddress: string | undefined, forwardedFor: string | undefined, hops: number): string {
  const socket = normalizeAddress(socketAddress ?? "") || "unknown";
  if (hops <= 0 || !forwardedFor) return socket;
  const chain = forwardedFor
    .split(",")
    .map((s) => normalizeAddress(s.trim()))
    .filter(Boolean);
  const all = [...chain, socket];
  // all[length-1] is the socket (the nearest proxy); each trusted hop vouches for one more to its left.
  return at(all, Math.max(0, all.length - 1 - hops));
}

/** "::ffff:127.0.0.1" and "127.0.0.1" are the same client. */
function normalizeAddress(a: string): string {
  return a.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1").slice(0, 100);
}
