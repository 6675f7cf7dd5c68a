import type { FieldChange } from '../../../platform/events/record-event.js'

/** What customer events store instead of a personal value. */
export const PERSONAL_VALUE = '[personal data]'

/**
 * Changes safe for the audit log, which is append-only (platform/002-domain-events) and so
 * outlives an erasure (GDPR art. 17): fields holding personal data keep that they changed, not
 * their values; other fields (locale, tags) keep both.
 */
export function personalChanges(
  changes: Record<string, FieldChange>,
  personal: readonly string[] = ['name', 'email', 'phone', 'attributes'],
): Record<string, FieldChange> {
  return Object.fromEntries(
    Object.entries(changes).map(([field, change]) =>
      personal.includes(field)
        ? [
            field,
            {
              from: change.from == null ? null : PERSONAL_VALUE,
              to: change.to == null ? null : PERSONAL_VALUE,
            },
          ]
        : [field, change],
    ),
  )
}
