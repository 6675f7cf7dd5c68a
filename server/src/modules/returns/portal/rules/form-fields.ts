/** A form's fields by name; the portal names every field uniquely, so one value each. */
export type FormFields = Readonly<Record<string, string | undefined>>

/** A field's value with surrounding spaces removed ('' when absent). */
export const field = (fields: FormFields, name: string) => (fields[name] ?? '').trim()
