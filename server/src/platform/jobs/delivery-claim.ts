// A claim older than this belongs to a worker that died mid-send: the message may go out again
// (at least once) rather than never.
const STALE_CLAIM_MS = 10 * 60_000

/**
 * Whether a job run may send a queued message: it is still waiting, or the worker that claimed it
 * (status `sending`) died long ago. Claiming before sending, in its own transaction, keeps two
 * workers that run the same job at once from both sending it.
 */
export function deliveryClaimable(
  row: { status: string; claimedAt: Date | null },
  now: Date,
): boolean {
  if (row.status === 'scheduled') return true
  return (
    row.status === 'sending' &&
    row.claimedAt !== null &&
    now.getTime() - row.claimedAt.getTime() > STALE_CLAIM_MS
  )
}
