import type { ServiceContext } from '../../../platform/context.js'
import { webchatDb } from '../tables.js'

/** A visitor as the pre-chat form described them. */
export interface VisitorProfile {
  accountId: string
  visitorId: string
  name: string
  email: string
  orderNumber: string | null
}

/** Records a visitor's pre-chat details (a returning shop user updates theirs). */
export async function saveVisitor(ctx: ServiceContext, visitor: VisitorProfile): Promise<void> {
  const now = new Date()
  await webchatDb(ctx)
    .insertInto('webchatVisitors')
    .values({ workspaceId: ctx.workspaceId, ...visitor, createdAt: now, updatedAt: now })
    .onConflict((oc) =>
      oc.columns(['accountId', 'visitorId']).doUpdateSet({
        name: visitor.name,
        email: visitor.email,
        // A new session without an order number keeps the one given before.
        orderNumber: (eb) =>
          eb.fn.coalesce(eb.val(visitor.orderNumber), 'webchatVisitors.orderNumber'),
        updatedAt: now,
      }),
    )
    .execute()
}

/** Marks the visitor's chat as open now (the live stream calls this while connected). */
export async function touchVisitor(
  ctx: ServiceContext,
  accountId: string,
  visitorId: string,
): Promise<void> {
  await webchatDb(ctx)
    .updateTable('webchatVisitors')
    .set({ lastSeenAt: new Date() })
    .where('accountId', '=', accountId)
    .where('visitorId', '=', visitorId)
    .execute()
}

/** One visitor of a widget account, or undefined. */
export async function loadVisitor(ctx: ServiceContext, accountId: string, visitorId: string) {
  return webchatDb(ctx)
    .selectFrom('webchatVisitors')
    .selectAll()
    .where('accountId', '=', accountId)
    .where('visitorId', '=', visitorId)
    .executeTakeFirst()
}
