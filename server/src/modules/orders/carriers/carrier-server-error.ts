/**
 * A carrier's API kept failing on its side (5xx or no answer) through every retry; the poll
 * should simply run again later.
 */
export class CarrierServerError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
    this.name = 'CarrierServerError'
  }
}
