import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { Type } from 'typebox'
import { systemActor } from '../../../platform/context.js'
import type { Runtime } from '../../../platform/runtime.js'
import { cachedWorkspaceZone, newNonce, sendPage } from '../../orders/index.js'
import { attachCaseFile } from '../service/case-files.js'
import { normalizePortalToken, workspaceOfPortalToken } from './case-token.js'
import { loadCustomerCase } from './load-case.js'
import { renderStatusPage } from './pages/status-page.js'
import type { StatusPageInput } from './pages/status-page-input.js'
import type { PortalLimiters } from './portal-limits.js'
import { portalLanguage, sendCaseNotFound, sendTooMany } from './portal-responses.js'
import { readPortalForm } from './read-portal-form.js'

const CaseParams = Type.Object({ portalToken: Type.String({ maxLength: 200 }) })
const StatusQuery = Type.Object({
  lang: Type.Optional(Type.String({ maxLength: 16 })),
  created: Type.Optional(Type.String({ maxLength: 8 })),
  photos: Type.Optional(Type.String({ maxLength: 8 })),
})

/** The case behind a portal token, read under its workspace's row-level security, or null. */
async function openCase(runtime: Runtime, request: FastifyRequest, rawToken: string) {
  const token = normalizePortalToken(rawToken)
  if (!token) return null
  const workspaceId = await workspaceOfPortalToken(runtime, token)
  if (!workspaceId) return null
  const scope = { workspaceId, actor: systemActor('Returns portal'), ip: request.ip }
  const loaded = await runtime.inWorkspace(scope, async (ctx) => {
    const found = await loadCustomerCase(ctx, token)
    return found ? { ...found, timeZone: await cachedWorkspaceZone(runtime, ctx) } : null
  })
  return loaded ? { token, workspaceId, ...loaded } : null
}

type OpenedCase = NonNullable<Awaited<ReturnType<typeof openCase>>>

function sendStatus(
  reply: FastifyReply,
  opened: OpenedCase,
  page: Pick<StatusPageInput, 'language' | 'nonce' | 'notice' | 'photoIssue'>,
  status: number,
) {
  const html = renderStatusPage({
    ...page,
    portalToken: opened.token,
    timeZone: opened.timeZone,
    now: new Date(),
    branding: opened.branding,
    orderToken: opened.orderToken,
    found: opened.found,
  })
  return sendPage(reply, status, html, page.nonce)
}

/** `GET /r/:portalToken`, the case's status page, and `POST /r/:portalToken/photos` to add photos. */
export function registerStatusRoutes(
  site: FastifyInstance,
  runtime: Runtime,
  limiters: PortalLimiters,
) {
  const schema = { tags: ['returns portal'], params: CaseParams, querystring: StatusQuery }
  const config = { public: true }

  site.get(
    '/r/:portalToken',
    {
      config,
      attachValidation: true,
      schema: { ...schema, summary: "A case's status page for the customer (HTML)" },
    },
    async (request, reply) => {
      const nonce = newNonce()
      const { portalToken } = request.params as { portalToken: string }
      const query = (request.validationError ? {} : request.query) as {
        created?: string
        photos?: string
      }
      const opened = await openCase(runtime, request, portalToken)
      if (!opened) return sendCaseNotFound(reply, portalLanguage(request, null), nonce)
      const added = Number.parseInt(query.photos ?? '', 10)
      const notice: StatusPageInput['notice'] =
        query.created === '1'
          ? { kind: 'created' }
          : added > 0
            ? { kind: 'photos', count: added }
            : null
      const language = portalLanguage(request, opened.language)
      return sendStatus(reply, opened, { language, nonce, notice, photoIssue: null }, 200)
    },
  )

  site.get(
    '/r/:portalToken/photos',
    {
      config,
      attachValidation: true,
      schema: { ...schema, summary: 'Back to the status page (303)' },
    },
    async (request, reply) => {
      const { portalToken } = request.params as { portalToken: string }
      const { lang } = (request.query ?? {}) as { lang?: string }
      const language = portalLanguage(request, null, lang)
      return reply.redirect(`/r/${encodeURIComponent(portalToken)}?lang=${language}`, 303)
    },
  )

  site.post(
    '/r/:portalToken/photos',
    {
      config,
      attachValidation: true,
      schema: { ...schema, summary: 'Add photos to a case (multipart); 303 back' },
    },
    async (request, reply) => {
      const nonce = newNonce()
      const { portalToken } = request.params as { portalToken: string }
      const opened = await openCase(runtime, request, portalToken)
      if (!opened) return sendCaseNotFound(reply, portalLanguage(request, null), nonce)
      const headerLanguage = portalLanguage(request, opened.language)
      const wait = limiters.uploads.take(opened.token, request.ip)
      if (wait !== null)
        return sendTooMany(
          reply,
          headerLanguage,
          nonce,
          wait,
          opened.branding,
          `/r/${opened.token}?lang=${headerLanguage}`,
        )
      const form = await readPortalForm(request)
      const language = portalLanguage(request, opened.language, form.fields.lang)
      const issue = form.photoIssue?.code ?? (form.photos.length === 0 ? 'photos_required' : null)
      if (issue || opened.found.status === 'resolved')
        return sendStatus(
          reply,
          opened,
          { language, nonce, notice: null, photoIssue: issue ?? 'photos_required' },
          form.photoIssue?.status ?? 400,
        )
      const scope = {
        workspaceId: opened.workspaceId,
        actor: systemActor('Returns portal'),
        ip: request.ip,
      }
      const added = await runtime.inWorkspace(scope, async (ctx) => {
        let count = 0
        for (const photo of form.photos) {
          const attached = await attachCaseFile(
            ctx,
            opened.caseId,
            {
              content: photo.content,
              fileName: photo.fileName,
              uploadedBy: 'customer',
              purpose: 'photo',
            },
            runtime.files,
          )
          if (attached.created) count++
        }
        return count
      })
      return reply.redirect(
        `/r/${opened.token}?lang=${language}&photos=${Math.max(added, form.photos.length)}#photos`,
        303,
      )
    },
  )
}
