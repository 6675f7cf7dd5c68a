import type { ServiceContext } from '../../../platform/context.js'
import type { LoadedAccount } from '../../channels/index.js'
import { workspaceTimeZone } from '../../identity/index.js'
import { DEFAULT_BUSINESS_HOURS, type WeeklyHours } from '../rules/business-hours.js'
import { marketplaceCalendar, type SlaCalendar, workspaceCalendar } from '../rules/sla-calendar.js'
import type { SlaPolicy } from '../rules/sla-due.js'

type AccountSla = Pick<LoadedAccount, 'id' | 'kind' | 'sla'>

/** How one channel account's SLA clocks run. */
export interface SlaSetup {
  policy: SlaPolicy
  calendar: SlaCalendar
}

/** The workspace's business hours and at-risk ratio (defaults until an admin sets them). */
export async function inboxSettings(ctx: ServiceContext) {
  const row = await ctx.trx
    .selectFrom('inboxSettings')
    .select(['businessHours', 'slaAtRiskRatio'])
    .executeTakeFirst()
  return {
    businessHours: (row?.businessHours ?? DEFAULT_BUSINESS_HOURS) as WeeklyHours,
    atRiskRatio: row?.slaAtRiskRatio ?? 0.8,
  }
}

/** SLA policy and calendar per account, read in two queries for any number of accounts. */
export async function slaSetups(
  ctx: ServiceContext,
  accounts: AccountSla[],
): Promise<Map<string, SlaSetup>> {
  const settings = await inboxSettings(ctx)
  const timeZone = await workspaceTimeZone(ctx)
  const workspace = workspaceCalendar(timeZone, settings.businessHours)
  return new Map(
    accounts.map((account) => {
      const calendar: SlaCalendar =
        account.sla.clock === '24/7'
          ? { mode: '24/7' }
          : account.sla.calendar === 'marketplace' && account.kind !== 'email'
            ? marketplaceCalendar(account.kind === 'allegro' ? 'allegro' : 'kaufland')
            : workspace
      const policy: SlaPolicy = {
        firstResponseMinutes: account.sla.firstResponseMinutes,
        nextResponseMinutes: account.sla.nextResponseMinutes,
        atRiskRatio: settings.atRiskRatio,
      }
      return [account.id, { policy, calendar }]
    }),
  )
}
