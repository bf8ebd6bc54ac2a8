// The live ingest's runs go one after another: two at once would write the same files.

/** Wraps an async task so that each call starts once the previous one has settled; a call that fails does not stop the next. */
export function oneAtATime<A extends unknown[]>(task: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
  let last: Promise<unknown> = Promise.resolve();
  return (...args) => {
    const run = last.then(() => task(...args));
    // The next call waits for this one however it ends; this call's caller still sees its failure.
    last = run.catch(() => undefined);
    return run;
  };
}
