import { randomUUID } from 'node:crypto'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { Type } from 'typebox'
import { AppError } from '../../../platform/http/errors.js'
import type { Runtime } from '../../../platform/runtime.js'
import { explicitLanguage, type TrackingLanguage } from '../rules/tracking-page/languages.js'
import {
  checkProblemReport,
  MAX_EMAIL_CHARS,
  MAX_PROBLEM_CHARS,
  type ProblemReportIssue,
} from '../rules/tracking-page/problem-report-input.js'
import { trackingStrings } from '../rules/tracking-page/strings.js'
import {
  emptyForm,
  notFoundPage,
  openTrackingPage,
  pageLanguage,
  viewInput,
} from '../service/tracking-page/open-tracking-page.js'
import {
  isFormPost,
  newNonce,
  sendPage,
  trackingScope,
} from '../service/tracking-page/page-response.js'
import { ReportLimiter } from '../service/tracking-page/report-limiter.js'
import { reportTrackingProblem } from '../service/tracking-page/report-problem.js'
import { refuseNoChannel, refuseTooMany } from '../service/tracking-page/report-refusals.js'
import { renderTrackingPage } from '../service/tracking-page/views/tracking-view.js'
import type { ProblemFormState } from '../service/tracking-page/views/view-input.js'

// No pattern on the token: a malformed one gets the same not-found page as an unknown one.
const TokenParams = Type.Object({ token: Type.String({ maxLength: 200 }) })
const PageQuery = Type.Object({
  lang: Type.Optional(Type.String({ maxLength: 16 })),
  reported: Type.Optional(Type.String({ maxLength: 8 })),
})
const ProblemBody = Type.Object(
  {
    message: Type.String({ minLength: 1, maxLength: MAX_PROBLEM_CHARS }),
    email: Type.Optional(Type.String({ maxLength: MAX_EMAIL_CHARS })),
    lang: Type.Optional(Type.String({ maxLength: 16 })),
    submissionId: Type.Optional(Type.String({ format: 'uuid' })),
  },
  { additionalProperties: false },
)
type ProblemFields = Partial<Record<keyof typeof ProblemBody.properties, unknown>>

const FORM_BODY_LIMIT = 32 * 1024
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const JSON_ISSUES: Record<ProblemReportIssue['code'], string> = {
  message_required: 'message: write what the problem is (1 to 5000 characters).',
  message_too_long: `message: at most ${MAX_PROBLEM_CHARS} characters.`,
  email_invalid: 'email: not a valid e-mail address.',
}
const text = (value: unknown) => (typeof value === 'string' ? value : '')

/** The `?lang=` of a request, ignored when the query string did not validate. */
function chosenLanguage(request: FastifyRequest): TrackingLanguage | null {
  if (request.validationError?.validationContext === 'querystring') return null
  return explicitLanguage((request.query as { lang?: string } | undefined)?.lang)
}

/**
 * The public tracking site: `GET /t/:token` (the order's tracking page) and
 * `POST /t/:token/problem` (a report into the inbox); `/t/:token/return` is the returns portal's.
 * No sign-in: the 128-bit token in the link the buyer received is the key.
 */
export function registerTrackingPageRoutes(app: FastifyInstance, runtime: Runtime): void {
  const limiter = new ReportLimiter()
  // An encapsulated scope, so the urlencoded parser below serves these routes only.
  app.register(async (site) => {
    // The page's form posts without a script, so this scope reads urlencoded bodies itself.
    site.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT },
      (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
    )

    site.get(
      '/t/:token',
      {
        config: { public: true },
        attachValidation: true,
        schema: {
          tags: ['tracking page'],
          summary: "The buyer's public tracking page of one order (HTML)",
          params: TokenParams,
          querystring: PageQuery,
        },
      },
      async (request, reply) => {
        const nonce = newNonce()
        const chosen = chosenLanguage(request)
        const { token } = request.params as { token: string }
        const opened = await openTrackingPage(runtime, request, token)
        if (!opened)
          return sendPage(reply, 404, notFoundPage(pageLanguage(request, chosen), nonce), nonce)
        const { reported } = request.query as { reported?: string }
        const page = renderTrackingPage(
          viewInput(opened, {
            language: pageLanguage(request, chosen, opened.data),
            chosenLanguage: chosen,
            nonce,
            reported: reported === '1',
            form: emptyForm(),
          }),
        )
        return sendPage(reply, 200, page, nonce)
      },
    )

    site.post(
      '/t/:token/problem',
      {
        config: { public: true },
        bodyLimit: FORM_BODY_LIMIT,
        attachValidation: true,
        schema: {
          tags: ['tracking page'],
          summary:
            "Report a problem with the order to the seller's inbox (form or JSON); 303 back to the page",
          params: TokenParams,
          body: ProblemBody,
        },
      },
      (request, reply) => reportProblem(runtime, limiter, request, reply),
    )
  })
}

/** The report handler: HTML pages for the page's own form, the API's JSON errors otherwise. */
async function reportProblem(
  runtime: Runtime,
  limiter: ReportLimiter,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  const form = isFormPost(request)
  // JSON clients get the schema's verdict; the form's fields are checked below, in words.
  if (!form && request.validationError) throw request.validationError
  const nonce = newNonce()
  const fields = (request.body ?? {}) as ProblemFields
  const chosen = explicitLanguage(text(fields.lang))
  const { token } = request.params as { token: string }
  const opened = await openTrackingPage(runtime, request, token)
  if (!opened) {
    if (!form) throw new AppError(404, 'not_found', 'No order has this tracking link.')
    return sendPage(reply, 404, notFoundPage(pageLanguage(request, chosen), nonce), nonce)
  }
  const language = pageLanguage(request, chosen, opened.data)
  const strings = trackingStrings(language)
  const checked = checkProblemReport(fields)
  const submissionId = UUID.test(text(fields.submissionId))
    ? text(fields.submissionId)
    : randomUUID()
  if (!checked.ok) {
    if (!form) throw new AppError(400, checked.issue.code, JSON_ISSUES[checked.issue.code])
    const state: ProblemFormState = {
      open: true,
      message: text(fields.message),
      email: text(fields.email),
      error: checked.issue,
      submissionId,
    }
    const input = viewInput(opened, {
      language,
      chosenLanguage: chosen,
      nonce,
      reported: false,
      form: state,
    })
    return sendPage(reply, 400, renderTrackingPage(input), nonce)
  }
  // Checked again when storing; refused here first so the attempt costs no report budget.
  if (!opened.data.acceptsReports) return refuseNoChannel(reply, form, opened, language, nonce)
  const waitMs = limiter.take(opened.token, request.ip)
  if (waitMs !== null) return refuseTooMany(reply, form, opened, language, waitMs, nonce)
  const outcome = await runtime.inWorkspace(trackingScope(request, opened.workspaceId), (ctx) =>
    reportTrackingProblem(ctx, runtime.files, opened.token, {
      message: checked.message,
      email: checked.email,
      submissionId,
      subject: strings.problemSubject(opened.data.number),
    }),
  )
  if (outcome.result === 'not_found') {
    if (!form) throw new AppError(404, 'not_found', 'No order has this tracking link.')
    return sendPage(reply, 404, notFoundPage(language, nonce), nonce)
  }
  if (outcome.result === 'no_channel') return refuseNoChannel(reply, form, opened, language, nonce)
  // A fragment of its own, or the browser would carry the form's #problem over (RFC 9110 §10.2.2).
  return reply.redirect(`/t/${opened.token}?lang=${language}&reported=1#reported`, 303)
}
