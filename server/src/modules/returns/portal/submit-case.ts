import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Runtime } from '../../../platform/runtime.js'
import { sendPage } from '../../orders/index.js'
import { attachCaseFile } from '../service/case-files.js'
import { openReturnCase } from '../service/open-case.js'
import { renderCheckFor } from './check-view.js'
import { isReturnable } from './load-order.js'
import { inOrderWorkspace, type OpenedPortalOrder } from './open-order.js'
import { newFormId, portalLanguage } from './portal-responses.js'
import type { PortalForm } from './read-portal-form.js'
import { field } from './rules/form-fields.js'
import { readCaseRequest } from './rules/request-input.js'
import { readSelection } from './rules/selection-input.js'
import { sendSelection } from './selection-response.js'

const UNIQUE_VIOLATION = '23505'

/**
 * Opens the case of a details form: checks it (the form again with the message, 400/413/415,
 * when anything is wrong), then opens the case and stores its photos in one transaction and
 * sends the customer to the status page. The form's one-time id becomes the case's external id,
 * so the same form sent twice (double click, back and resend) lands on the first case.
 */
export async function submitCase(
  runtime: Runtime,
  request: FastifyRequest,
  reply: FastifyReply,
  opened: OpenedPortalOrder,
  form: PortalForm,
  nonce: string,
) {
  const { order } = opened
  const language = portalLanguage(request, order.locale, form.fields.lang)
  const selection = readSelection(form.fields, order.items)
  if (!selection.ok || !isReturnable(order))
    return sendSelection(
      reply,
      opened,
      {
        language,
        nonce,
        selection: selection.ok ? selection : selection.selection,
        issue: selection.ok ? null : selection.issue,
      },
      400,
    )
  const checked = readCaseRequest(form.fields, selection.kind, order.buyerEmail !== null)
  if (!checked.ok || form.photoIssue) {
    const issue = form.photoIssue
      ? { code: form.photoIssue.code, field: 'photos' }
      : checked.ok
        ? null
        : { code: checked.issue, field: checked.field }
    const html = await inOrderWorkspace(runtime, request, opened, (ctx) =>
      renderCheckFor(ctx, opened, {
        language,
        nonce,
        kind: selection.kind,
        picked: selection.items,
        details: {
          reason: field(form.fields, 'reason'),
          description: field(form.fields, 'description'),
          remedy: field(form.fields, 'remedy'),
          email: field(form.fields, 'email'),
          formId: checked.ok ? checked.request.formId : newFormId(),
        },
        issue,
      }),
    )
    return sendPage(reply, form.photoIssue?.status ?? 400, html, nonce)
  }
  const { request: details } = checked
  // The statement is made when it arrives (before the transaction, so its photos come after it).
  const requestedAt = new Date()
  const open = () =>
    inOrderWorkspace(runtime, request, opened, async (ctx) => {
      const opening = await openReturnCase(ctx, {
        kind: selection.kind,
        source: 'portal',
        externalId: `portal-form:${order.id}:${details.formId}`,
        orderId: order.id,
        requestedAt,
        language,
        reasonCode: details.reasonCode,
        description: details.description,
        requestedRemedy: details.requestedRemedy,
        buyerEmail: details.email ?? order.buyerEmail,
        items: selection.items.map((item) => ({
          orderItemId: item.orderItemId,
          quantity: item.quantity,
          unsealed: item.unsealed,
        })),
      })
      // A resent form found its case: the photos came with the first send, in its transaction.
      if (opening.created)
        for (const photo of form.photos)
          await attachCaseFile(
            ctx,
            opening.caseId,
            {
              content: photo.content,
              fileName: photo.fileName,
              uploadedBy: 'customer',
              purpose: 'photo',
            },
            runtime.files,
          )
      return opening
    })
  let opening: Awaited<ReturnType<typeof open>>
  try {
    opening = await open()
  } catch (error) {
    // Two sends of one form at once: the loser's insert hits the external-id index; the retry finds the case.
    if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error
    opening = await open()
  }
  return reply.redirect(`/r/${opening.portalToken}?lang=${language}&created=1`, 303)
}
