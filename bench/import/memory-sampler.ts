/**
 * Samples the process's resident set size (and the JS heap) every `everyMs`; the peaks and
 * named marks, in MB. With embedded PGlite the RSS includes the database itself.
 */
export class MemorySampler {
  private peak = 0
  private heapPeak = 0
  private readonly marks = new Map<string, number>()
  private readonly timer: NodeJS.Timeout

  constructor(everyMs = 100) {
    this.sample()
    this.timer = setInterval(() => this.sample(), everyMs)
  }

  /** Records the current RSS under `name` (the first time only). */
  mark(name: string): void {
    if (!this.marks.has(name)) this.marks.set(name, this.sample())
  }

  /** The RSS recorded under `name`, in MB. */
  at(name: string): number {
    return mb(this.marks.get(name) ?? 0)
  }

  /** The highest RSS seen so far, in MB. */
  peakMb(): number {
    return mb(this.peak)
  }

  /** The highest JS heap use seen so far, in MB. */
  heapPeakMb(): number {
    return mb(this.heapPeak)
  }

  /** Stops sampling; returns the peak in MB. */
  stop(): number {
    clearInterval(this.timer)
    this.sample()
    return this.peakMb()
  }

  private sample(): number {
    const { rss, heapUsed } = process.memoryUsage()
    if (rss > this.peak) this.peak = rss
    if (heapUsed > this.heapPeak) this.heapPeak = heapUsed
    return rss
  }
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024)
