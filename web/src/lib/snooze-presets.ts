/** Snooze presets in the browser's time zone: in 1 hour, tomorrow 9:00, next Monday 9:00. */
export type SnoozePreset = 'hour' | 'tomorrow' | 'nextMonday'

export const SNOOZE_PRESETS: readonly SnoozePreset[] = ['hour', 'tomorrow', 'nextMonday']

/** The moment a preset means, counted from `now`. */
export function snoozeUntil(preset: SnoozePreset, now = new Date()): Date {
  if (preset === 'hour') return new Date(now.getTime() + 60 * 60 * 1000)
  const date = new Date(now)
  date.setHours(9, 0, 0, 0)
  if (preset === 'tomorrow') {
    date.setDate(date.getDate() + 1)
    return date
  }
  // Monday = 1; "next Monday" is never today, even on a Monday morning.
  const daysAhead = (8 - date.getDay()) % 7 || 7
  date.setDate(date.getDate() + daysAhead)
  return date
}

/** `yyyy-MM-ddTHH:mm` for `<input type="datetime-local">`, in local time. */
export function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}
