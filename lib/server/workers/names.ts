// The worker entries in this folder, by name. Its own module (no "server-only") so that the build
// script that compiles them (scripts/build-workers.ts) can read the list too.
export const WORKER_NAMES = ["agreement-worker", "cluster-worker", "suggest-worker", "corpus-worker"] as const;
export type WorkerName = (typeof WORKER_NAMES)[number];
