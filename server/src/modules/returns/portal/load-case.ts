import type { ServiceContext } from '../../../platform/context.js'
import type { CaseEvaluation } from '../rules/types.js'
import { loadReturnSettings } from '../service/return-settings.js'
import type { PortalBranding } from './pages/portal-frame.js'
import type { CustomerCase } from './pages/status-page-input.js'
import { customerEvents, showsReturnAddress } from './rules/customer-view.js'

/** A case found by its portal token, with what its pages need besides the customer's view. */
export interface LoadedCase {
  caseId: string
  language: 'pl' | 'en' | 'de'
  orderToken: string | null
  branding: PortalBranding
  found: CustomerCase
}

/** Reads the customer-safe view of the case behind a portal token, or null for none. */
export async function loadCustomerCase(
  ctx: ServiceContext,
  portalToken: string,
): Promise<LoadedCase | null> {
  const c = await ctx.trx
    .selectFrom('returnCases as c')
    .leftJoin('orders as o', 'o.id', 'c.orderId')
    .leftJoin('orderSettings as s', 's.workspaceId', 'c.workspaceId')
    .select([
      'c.id',
      'c.number',
      'c.kind',
      'c.status',
      'c.language',
      'c.evaluation',
      'c.deadline',
      'c.returnGoodsBy',
      'c.refundBy',
      'c.respondBy',
      'c.deemedAcceptedOn',
      'c.decision',
      'c.refusalJustification',
      'o.trackingToken',
      's.shopName',
      's.accentColor',
      's.logoUrl',
    ])
    .where('c.portalToken', '=', portalToken)
    .executeTakeFirst()
  if (!c) return null
  const items = await ctx.trx
    .selectFrom('returnCaseItems')
    .select(['name', 'quantity', 'eligible', 'exception'])
    .where('caseId', '=', c.id)
    .orderBy('position')
    .execute()
  const events = await ctx.trx
    .selectFrom('returnCaseEvents')
    .select(['action', 'actorType', 'note', 'createdAt'])
    .where('caseId', '=', c.id)
    .orderBy('createdAt')
    .execute()
  const refunds = await ctx.trx
    .selectFrom('returnRefunds')
    .select(['amountMinor', 'currency', 'status'])
    .where('caseId', '=', c.id)
    .orderBy('createdAt')
    .execute()
  const photos = await ctx.trx
    .selectFrom('returnCaseFiles')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('caseId', '=', c.id)
    .where('uploadedBy', '=', 'customer')
    .executeTakeFirstOrThrow()
  const evaluation = c.evaluation as CaseEvaluation
  const showAddress = showsReturnAddress({
    kind: c.kind,
    status: c.status,
    decision: c.decision,
    engineDecision: evaluation.decision,
    itemRequested: events.some((e) => e.action === 'item_requested'),
  })
  const settings = showAddress ? await loadReturnSettings(ctx) : null
  return {
    caseId: c.id,
    language: c.language,
    orderToken: c.trackingToken,
    branding: { shopName: c.shopName, accentColor: c.accentColor, logoUrl: c.logoUrl },
    found: {
      number: c.number,
      kind: c.kind,
      status: c.status,
      items,
      dates: {
        deadline: c.deadline,
        returnGoodsBy: c.returnGoodsBy,
        refundBy: c.refundBy,
        respondBy: c.respondBy,
        deemedAcceptedOn: c.deemedAcceptedOn,
      },
      reasons: evaluation.reasons,
      decision: c.decision,
      justification: c.refusalJustification,
      refunds: refunds.map((r) => ({ ...r, amountMinor: Number(r.amountMinor) })),
      returnAddress: settings?.returnAddress ?? null,
      instructions: settings?.returnInstructions[c.language] ?? null,
      events: customerEvents(events),
      photoCount: Number(photos.count),
    },
  }
}
