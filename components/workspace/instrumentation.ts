// Whether this build carries the measuring hooks (window.__parallaxBench: timing marks for
// bench/workspace.ts, selection helpers for the browser tests). next.config.js turns them on for
// the test and benchmark builds (their own dist dirs) and off for the build `npm start` serves;
// Next inlines the value, so in that build the hooks are dead code and minified away.
export const INSTRUMENTED = process.env.NEXT_PUBLIC_PARALLAX_INSTRUMENT === "1";
