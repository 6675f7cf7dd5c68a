/**
 * Runs writes one at a time while the caller prepares the next: `submit` waits for the previous
 * write only when the next is ready, so parsing batch N+1 overlaps writing batch N and at most
 * two batches are in memory. A failed write surfaces at the next `submit` or at `drain`.
 */
export class PipelinedWriter {
  private current: Promise<void> = Promise.resolve()
  private failure: { error: unknown } | null = null

  /** Starts `write` after the previous one has finished; throws that one's error, if any. */
  async submit(write: () => Promise<void>): Promise<void> {
    await this.current
    this.rethrow()
    this.current = write().catch((error: unknown) => {
      this.failure = { error }
    })
  }

  /** Waits for the last write; throws its error, if any. */
  async drain(): Promise<void> {
    await this.current
    this.rethrow()
  }

  private rethrow(): void {
    if (this.failure) throw this.failure.error
  }
}
