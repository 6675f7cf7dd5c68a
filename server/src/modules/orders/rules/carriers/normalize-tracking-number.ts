/**
 * The form tracking numbers are compared and recognised in: separators people and labels add
 * (spaces, dashes, dots, slashes) removed, letters upper-cased.
 * Example: "rr 123-456-785 pl" → "RR123456785PL".
 */
export function normalizeTrackingNumber(input: string): string {
  return input.replace(/[\s\-./_]+/g, '').toUpperCase()
}
