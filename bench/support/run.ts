/** Runs a benchmark's main and exits: 0 when it finished, 1 with the error's stack when it threw (spare worker processes would otherwise keep node alive). */
export function runBench(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (e: unknown) => {
      console.error(e instanceof Error ? e.stack : e);
      process.exit(1);
    },
  );
}
