/** Why a cell's value was refused; the caller adds the column name and the value. */
export class InvalidValue {
  constructor(readonly reason: string) {}
}

/** True when a value parser refused its input. */
export const isInvalid = (value: unknown): value is InvalidValue => value instanceof InvalidValue
