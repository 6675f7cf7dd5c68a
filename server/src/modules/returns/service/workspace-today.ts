import type { ServiceContext } from '../../../platform/context.js'
import { workspaceTimeZone } from '../../identity/index.js'
import { civilDate } from '../../orders/index.js'

/** The calendar date it is now in the workspace's time zone (legal deadlines are counted in days there). */
export async function workspaceToday(ctx: ServiceContext, now = new Date()): Promise<string> {
  return civilDate(now, await workspaceTimeZone(ctx))
}
