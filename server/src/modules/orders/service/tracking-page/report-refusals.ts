import type { FastifyReply } from 'fastify'
import { AppError } from '../../../../platform/http/errors.js'
import type { TrackingLanguage } from '../../rules/tracking-page/languages.js'
import { trackingStrings } from '../../rules/tracking-page/strings.js'
import { emptyForm, type OpenedOrder, viewInput } from './open-tracking-page.js'
import { sendPage } from './page-response.js'
import { contactFallback } from './views/contact-view.js'
import { renderNotice } from './views/notice-view.js'

/** 429: too many reports from this address about this order. */
export function refuseTooMany(
  reply: FastifyReply,
  form: boolean,
  opened: OpenedOrder,
  language: TrackingLanguage,
  waitMs: number,
  nonce: string,
) {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000))
  reply.header('retry-after', String(seconds))
  const strings = trackingStrings(language)
  if (!form)
    throw new AppError(
      429,
      'rate_limited',
      `Too many reports about this order from your address; try again in ${seconds} s.`,
      { retryAfterSeconds: seconds },
    )
  const page = renderNotice({
    language,
    nonce,
    title: strings.rateLimitedTitle,
    text: strings.rateLimited(Math.ceil(seconds / 60)),
    back: { href: `/t/${opened.token}?lang=${language}`, label: strings.backToTracking },
    branding: opened.data.branding,
  })
  return sendPage(reply, 429, page, nonce)
}

/** 409: the shop has no chat widget to take reports; points to its address where it has one. */
export function refuseNoChannel(
  reply: FastifyReply,
  form: boolean,
  opened: OpenedOrder,
  language: TrackingLanguage,
  nonce: string,
) {
  if (!form)
    throw new AppError(
      409,
      'reports_unavailable',
      'This shop takes no reports through the tracking page: it has no active chat widget channel to receive them. Write to the seller instead.',
    )
  const strings = trackingStrings(language)
  const input = viewInput(opened, {
    language,
    chosenLanguage: language,
    nonce,
    reported: false,
    form: emptyForm(),
  })
  const page = renderNotice({
    language,
    nonce,
    title: strings.noChannelTitle,
    text: strings.noChannel,
    extra: contactFallback(input),
    back: { href: `/t/${opened.token}?lang=${language}`, label: strings.backToTracking },
    branding: opened.data.branding,
  })
  return sendPage(reply, 409, page, nonce)
}
