const distDir = process.env.NEXT_DIST_DIR || ".next";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and CommonJS-heavy packages stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "@prisma/adapter-better-sqlite3", "wink-nlp", "wink-eng-lite-web-model"],
  poweredByHeader: false,
  // Separate build folders let several builds (tests, benchmarks) coexist in one checkout.
  distDir,
  // The workspace's measuring hooks (components/workspace/instrumentation.ts) are in the test and
  // benchmark builds, which have their own dist dirs, and not in the build npm start serves.
  env: { NEXT_PUBLIC_PARALLAX_INSTRUMENT: process.env.PARALLAX_INSTRUMENT ?? (distDir === ".next" ? "0" : "1") },
  typedRoutes: false,
  // Only for local parallel work: CI and npm test type-check (tsc --noEmit and a full build).
  typescript: { ignoreBuildErrors: process.env.PARALLAX_SKIP_TYPECHECK === "1" },
  // forbidden() renders app/forbidden.tsx with a 403 when a guard refuses a page.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "25mb" } },
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
