import type { ServiceContext } from '../../../platform/context.js'
import { notFound } from '../../../platform/http/errors.js'

/** One conversation row, locked for a change when `lock` is set; 404 when it is not in the workspace. */
export async function loadConversation(
  ctx: ServiceContext,
  id: string,
  options: { lock?: boolean } = {},
) {
  let query = ctx.trx.selectFrom('conversations').selectAll().where('id', '=', id)
  if (options.lock) query = query.forUpdate()
  const row = await query.executeTakeFirst()
  if (!row) throw notFound('The conversation')
  return row
}
