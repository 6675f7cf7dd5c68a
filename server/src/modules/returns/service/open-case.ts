import { randomBytes } from 'node:crypto'
import type { ServiceContext } from '../../../platform/context.js'
import { recordEvent } from '../../../platform/events/record-event.js'
import { badRequest } from '../../../platform/http/errors.js'
import { conversationsAbout } from '../../conversations/index.js'
import type { CaseEvaluation } from '../rules/types.js'
import type { ReturnAddress } from '../tables.js'
import { evaluateGathered, gatherCaseFacts } from './case-facts.js'
import { type NewCaseInput, type OpenedCase, RETURN_REASONS } from './case-input.js'
import { queueCaseMail } from './case-mail-queue.js'
import { allocateCaseNumber } from './case-number.js'
import { announceCaseChange } from './case-signal.js'
import { refreshComplaintSignals } from './complaint-signals.js'

/** The engine's answer for a case not yet opened, with what the buyer needs to see next. */
export interface CasePreview {
  evaluation: CaseEvaluation
  items: Array<{
    orderItemId: string | null
    sku: string
    name: string
    quantity: number
    eligible: boolean
    reason: string | null
  }>
  deliveredOn: string | null
  returnAddress: ReturnAddress | null
  instructions: string | null
}

/** Evaluates a case without storing anything: the portal's instant eligibility and the agent form's preview. */
export async function previewReturnCase(
  ctx: ServiceContext,
  input: NewCaseInput,
): Promise<CasePreview> {
  validateInput(input)
  const gathered = await gatherCaseFacts(ctx, input)
  const evaluation = evaluateGathered(gathered)
  const language = input.language ?? 'pl'
  return {
    evaluation,
    items: gathered.items.map((item, index) => ({
      orderItemId: item.orderItemId,
      sku: item.sku,
      name: item.name,
      quantity: item.quantity,
      eligible: evaluation.items[index]?.eligible ?? true,
      reason: evaluation.items[index]?.reason ?? null,
    })),
    deliveredOn: gathered.deliveredOn,
    returnAddress: gathered.settings.returnAddress,
    instructions: gathered.settings.returnInstructions[language] ?? null,
  }
}

/**
 * Opens a withdrawal or complaint case: evaluates it with the statutory engine, stores it with its
 * deadlines, records the domain event and queues the buyer's acknowledgment in the same
 * transaction. Opening the same marketplace case twice returns the first one.
 */
export async function openReturnCase(
  ctx: ServiceContext,
  input: NewCaseInput,
): Promise<OpenedCase> {
  validateInput(input)
  if (input.externalId) {
    const existing = await ctx.trx
      .selectFrom('returnCases')
      .select(['id', 'number', 'portalToken'])
      .where('source', '=', input.source)
      .where('externalId', '=', input.externalId)
      .executeTakeFirst()
    if (existing)
      return {
        caseId: existing.id,
        number: existing.number,
        portalToken: existing.portalToken,
        created: false,
      }
  }
  const gathered = await gatherCaseFacts(ctx, input)
  const evaluation = evaluateGathered(gathered)
  const { order, items } = gathered
  const number = await allocateCaseNumber(ctx)
  const requestedAt = input.requestedAt ?? new Date()
  const conversationId = input.conversationId ?? (await latestConversationAbout(ctx, order?.number))
  const language = input.language ?? languageOf(order?.locale)
  const inserted = await ctx.trx
    .insertInto('returnCases')
    .values({
      workspaceId: ctx.workspaceId,
      number,
      kind: input.kind,
      source: input.source,
      externalId: input.externalId ?? null,
      orderId: order?.id ?? null,
      customerId: order?.customerId ?? null,
      conversationId,
      buyerType: input.buyerType ?? 'consumer',
      buyerName: input.buyerName ?? order?.buyerName ?? null,
      buyerEmail: input.buyerEmail ?? order?.buyerEmail ?? null,
      language,
      reasonCode: input.reasonCode,
      description: input.description?.trim() ?? '',
      requestedRemedy: input.kind === 'complaint' ? (input.requestedRemedy ?? null) : null,
      requestedAt,
      requestedOn: gathered.requestedOn,
      orderedOn: gathered.facts.orderedAt ?? null,
      deliveredOn: gathered.deliveredOn,
      informedOfWithdrawalRight: gathered.facts.informedOfWithdrawalRight,
      evaluation: JSON.stringify(evaluation),
      deadline: evaluation.deadline,
      respondBy: evaluation.respondBy,
      refundBy: evaluation.refundBy,
      returnGoodsBy: evaluation.returnGoodsBy,
      deemedAcceptedOn: evaluation.deemedAcceptedOn,
      currency: order?.currency ?? 'PLN',
      marketplaceStatus: input.marketplaceStatus ?? null,
      portalToken: randomBytes(16).toString('base64url'),
      createdAt: requestedAt,
      updatedAt: requestedAt,
    })
    .returning(['id', 'portalToken'])
    .executeTakeFirstOrThrow()
  await ctx.trx
    .insertInto('returnCaseItems')
    .values(
      items.map((item, index) => ({
        workspaceId: ctx.workspaceId,
        caseId: inserted.id,
        position: index,
        orderItemId: item.orderItemId,
        sku: item.sku,
        name: item.name,
        quantity: item.quantity,
        unitPriceMinor: item.unitPriceMinor,
        flags: item.flags,
        unsealed: item.unsealed,
        eligible: evaluation.items[index]?.eligible ?? true,
        exception: evaluation.items[index]?.reason ?? null,
      })),
    )
    .execute()
  const actorType =
    input.source === 'portal' ? 'customer' : input.source === 'agent' ? 'agent' : 'marketplace'
  await ctx.trx
    .insertInto('returnCaseEvents')
    .values({
      workspaceId: ctx.workspaceId,
      caseId: inserted.id,
      action: 'opened',
      actorType,
      actorId: actorType === 'agent' && ctx.actor.type === 'user' ? ctx.actor.id : null,
      note: input.description?.trim() || null,
      detail: JSON.stringify({ decision: evaluation.decision, reasons: evaluation.reasons }),
      createdAt: requestedAt,
    })
    .execute()
  await recordEvent(ctx, {
    name: 'returns.case.opened',
    entityType: 'return_case',
    entityId: inserted.id,
    changes: {
      number: { from: null, to: number },
      kind: { from: null, to: input.kind },
      source: { from: null, to: input.source },
      evaluation: { from: null, to: evaluation.decision },
    },
  })
  if (order?.customerId && input.kind === 'complaint')
    await refreshComplaintSignals(ctx, [order.customerId])
  if (input.source === 'portal' || input.source === 'agent')
    await queueCaseMail(ctx, inserted.id, 'opened')
  await announceCaseChange(ctx, inserted.id)
  return { caseId: inserted.id, number, portalToken: inserted.portalToken, created: true }
}

function validateInput(input: NewCaseInput) {
  if (input.kind !== 'withdrawal' && input.kind !== 'complaint')
    throw badRequest('invalid_kind', 'kind must be withdrawal or complaint')
  if (
    input.source === 'portal' &&
    !(RETURN_REASONS as readonly string[]).includes(input.reasonCode)
  )
    throw badRequest('invalid_reason', `reasonCode must be one of ${RETURN_REASONS.join(', ')}`)
  if (!/^[a-z_]{1,40}$/.test(input.reasonCode))
    throw badRequest('invalid_reason', 'reasonCode must be 1–40 lower-case letters or underscores')
  if ((input.description ?? '').length > 5000)
    throw badRequest('description_too_long', 'description must be at most 5000 characters')
  if (input.kind === 'withdrawal' && input.requestedRemedy)
    throw badRequest('remedy_for_withdrawal', 'requestedRemedy applies to complaints only')
}

function languageOf(locale: string | null | undefined): 'pl' | 'en' | 'de' {
  const base = (locale ?? 'pl').slice(0, 2).toLowerCase()
  return base === 'en' || base === 'de' ? base : 'pl'
}

async function latestConversationAbout(ctx: ServiceContext, orderNumber: string | undefined) {
  if (!orderNumber) return null
  const links = await conversationsAbout(ctx, { orderNumbers: [orderNumber] }, 1)
  return links[0]?.id ?? null
}
