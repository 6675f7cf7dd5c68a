/** The value below which `p` percent of `values` fall (nearest rank). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length) - 1
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!
}

/** Rounds to `digits` decimals (for tables and JSON). */
export const round = (value: number, digits = 1) => {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}

/** Runs `work` `warmUp` times unmeasured, then `samples` times; returns each run's milliseconds. */
export async function sample(
  work: (i: number) => Promise<unknown>,
  options: { warmUp: number; samples: number },
): Promise<number[]> {
  for (let i = 0; i < options.warmUp; i++) await work(i)
  const times: number[] = []
  for (let i = 0; i < options.samples; i++) {
    const started = performance.now()
    await work(i)
    times.push(performance.now() - started)
  }
  return times
}

/** A deterministic pseudo-random generator (mulberry32): the same seed gives the same data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Writes a progress line to stderr with the seconds since `since`. */
export function progress(since: number, line: string): void {
  process.stderr.write(`[${((performance.now() - since) / 1000).toFixed(1)} s] ${line}\n`)
}
