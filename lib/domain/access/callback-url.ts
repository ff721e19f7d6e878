// Where to go after signing in: only a path on this app. Pure.
//
// A check like startsWith("/") lets "//host/x" and "/\host/x" through, which browsers read as
// another host. So the value is resolved as a URL against the app's origin and kept only if
// it stays on that origin; the result is rebuilt from the parsed path, and a path that would
// itself start with "//" (e.g. from "/.//host") is refused too.
export function safeCallbackPath(raw: string | undefined | null, fallback = "/projects"): string {
  if (!raw) return fallback;
  const base = "http://parallax.invalid";
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return fallback;
  return path;
}
