import type { WeeklyHours } from './business-hours.js'
import { isGermanNationwideHoliday } from './german-holidays.js'
import { isPolishPublicHoliday } from './polish-holidays.js'
import { timeZoneOffsetMs } from './zoned-time.js'

/** A calendar that counts only minutes inside `hours` in `timeZone` on local dates that are not holidays. */
export type WorkingTimeCalendar = {
  mode: 'working_time'
  timeZone: string
  hours: WeeklyHours
  isHoliday: (isoDate: string) => boolean
}

/** Which minutes count towards an SLA target: all of them ('24/7') or only working time. */
export type SlaCalendar = { mode: '24/7' } | WorkingTimeCalendar

/** Marketplaces that impose their own response deadlines on sellers. */
export type Marketplace = 'kaufland' | 'allegro' | 'amazon'

const ALL_DAY = [{ start: '00:00', end: '24:00' }]

/** A working-time calendar for a workspace's own hours in its time zone, skipping Polish statutory non-working days unless another holiday test is given. */
export function workspaceCalendar(
  timeZone: string,
  hours: WeeklyHours,
  isHoliday: (isoDate: string) => boolean = isPolishPublicHoliday,
): WorkingTimeCalendar {
  // Fail on an unknown zone here rather than on the first deadline computed with it.
  timeZoneOffsetMs(0, timeZone)
  return { mode: 'working_time', timeZone, hours, isHoliday }
}

/** The calendar a marketplace measures response time on: Kaufland.de counts whole working days Mon–Fri in Europe/Berlin without German nationwide holidays (Kaufland Seller University, "Customer Enquiries": answer open tickets within 48 hours (working days)), Amazon counts every hour (Seller Central help 202152030, "Contact Response Time": respond within 24 hours, including weekends and holidays), and Allegro, whose seller guidelines ask for a reply within 24 hours not counting weekends and statutory holidays, is deliberately counted round the clock, since that deadline never falls later and so always meets the guideline. */
export function marketplaceCalendar(marketplace: Marketplace): SlaCalendar {
  switch (marketplace) {
    case 'kaufland':
      return workspaceCalendar(
        'Europe/Berlin',
        { 1: ALL_DAY, 2: ALL_DAY, 3: ALL_DAY, 4: ALL_DAY, 5: ALL_DAY, 6: [], 7: [] },
        isGermanNationwideHoliday,
      )
    case 'amazon':
    case 'allegro':
      return { mode: '24/7' }
  }
}

/** The response target in minutes that each marketplace sets for buyer messages: 48 working hours on Kaufland.de and 24 hours on Amazon and Allegro (same sources as marketplaceCalendar). */
export const MARKETPLACE_RESPONSE_MINUTES: Readonly<Record<Marketplace, number>> = Object.freeze({
  kaufland: 48 * 60,
  amazon: 24 * 60,
  allegro: 24 * 60,
})
