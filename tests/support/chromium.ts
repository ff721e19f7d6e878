import fs from "node:fs";

/** Debian's Chromium (apt-get install chromium), or CHROMIUM_PATH. Never a downloaded browser. */
export function chromiumPath(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean) as string[];
  return candidates.find((p) => fs.existsSync(p)) ?? null;
}

// Without the background-networking flags Chromium keeps trying to reach Google's services,
// which this machine's closed network never answers, and pages wait behind those requests.
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
