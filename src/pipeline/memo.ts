// A pure function's answers kept for the run, up to a bound: the pipeline asks about the same
// line or name many times over, and a run of thousands of pages must not keep them all.

/** `compute` with its answers kept by argument; all are forgotten at once when `limit` are held. */
export function memoised<V>(compute: (key: string) => V, limit: number): (key: string) => V {
  const kept = new Map<string, V>();
  return (key) => {
    let value = kept.get(key);
    if (value === undefined) {
      if (kept.size >= limit) kept.clear();
      kept.set(key, (value = compute(key)));
    }
    return value;
  };
}
