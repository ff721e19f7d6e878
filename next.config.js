const distDir = process.env.NEXT_DIST_DIR || ".next";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and CommonJS-heavy packages stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "@prisma/adapter-better-sqlite3", "wink-nlp", "wink-eng-lite-web-model"],
  poweredByHeader: false,
  // Separate build folders let several builds (tests, benchmarks) coexist in one checkout.
  distDir,
  // Benchmark builds (bench/support/build.ts) set PARALLAX_BENCH=1. Listing it here makes Next
  // inline "1" or "" into the client bundle, so production builds drop the workspace's
  // benchmark hooks and per-edit timings as dead code.
  env: { PARALLAX_BENCH: process.env.PARALLAX_BENCH === "1" ? "1" : "" },
  typedRoutes: false,
  // Only for local parallel work: CI and npm test type-check (tsc --noEmit and a full build).
  typescript: { ignoreBuildErrors: process.env.PARALLAX_SKIP_TYPECHECK === "1" },
  // forbidden() renders app/forbidden.tsx with a 403 when a guard refuses a page.
  // PARALLAX_NO_MINIFY=1 keeps server chunks readable, so CPU profiles name our functions.
  experimental: {
    authInterrupts: true,
    serverActions: { bodySizeLimit: "25mb" },
    serverMinification: process.env.PARALLAX_NO_MINIFY !== "1",
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
