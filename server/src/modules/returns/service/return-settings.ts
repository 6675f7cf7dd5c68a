import type { ServiceContext } from '../../../platform/context.js'
import type { ReturnProgramme } from '../rules/types.js'
import type { ReturnAddress } from '../tables.js'

/** A workspace's return settings with defaults filled in. */
export interface ReturnSettings {
  sellerReturnDays: number | null
  informsOfWithdrawalRight: boolean
  returnAddress: ReturnAddress | null
  returnInstructions: Partial<Record<'pl' | 'en' | 'de', string>>
  reminderHours: number[]
  escalateHours: number
  programmes: Record<string, { returnDays: number; includesBusiness?: boolean }>
  packChecklist: string[]
  portalEnabled: boolean
}

/** The defaults of a workspace that has saved no return settings. */
export const DEFAULT_RETURN_SETTINGS: ReturnSettings = {
  sellerReturnDays: null,
  informsOfWithdrawalRight: true,
  returnAddress: null,
  returnInstructions: {},
  reminderHours: [72, 24],
  escalateHours: 24,
  programmes: {},
  packChecklist: [],
  portalEnabled: true,
}

/** Reads the workspace's return settings (defaults when none are saved). */
export async function loadReturnSettings(ctx: ServiceContext): Promise<ReturnSettings> {
  const row = await ctx.trx
    .selectFrom('returnSettings')
    .select([
      'sellerReturnDays',
      'informsOfWithdrawalRight',
      'returnAddress',
      'returnInstructions',
      'reminderHours',
      'escalateHours',
      'programmes',
      'packChecklist',
      'portalEnabled',
    ])
    .where('workspaceId', '=', ctx.workspaceId)
    .executeTakeFirst()
  return row ? { ...DEFAULT_RETURN_SETTINGS, ...row } : DEFAULT_RETURN_SETTINGS
}

/** The programme a marketplace's orders get: the workspace's setting for that marketplace, if any. */
export function programmeFor(
  settings: ReturnSettings,
  marketplace: string | null,
): ReturnProgramme | null {
  if (!marketplace) return null
  const own = settings.programmes[marketplace]
  return own ? { name: marketplace, ...own } : null
}
