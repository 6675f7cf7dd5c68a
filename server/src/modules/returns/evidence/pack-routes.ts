import type { FastifyInstance } from 'fastify'
import type { Static } from 'typebox'
import { Type } from 'typebox'
import { scopeOf } from '../../../platform/http/request-context.js'
import { errorResponses, Uuid } from '../../../platform/http/schema-types.js'
import type { Runtime } from '../../../platform/runtime.js'
import { AnyObject } from '../../orders/index.js'
import { PACK_PHOTO_TYPES } from './image-type.js'
import { listPackChecks, publicPackChecks, recordPackCheck, requireOrder } from './pack-checks.js'
import { lookupOrderToPack } from './pack-lookup.js'
import { readPackPhotoFile, storePackPhoto } from './pack-photos.js'
import {
  ChecklistBody,
  LanguageQuery,
  LookupQuery,
  MAX_PHOTO_BYTES,
  OrderParams,
  PackCheckBody,
  PhotoQuery,
} from './pack-schemas.js'
import { packingSettings, updatePackChecklist } from './packing-settings.js'

/** The pack station: order lookup by scan, checklist settings, checks and parcel photos. */
export function registerPackRoutes(app: FastifyInstance, runtime: Runtime) {
  const tags = ['returns']
  app.get(
    '/api/v1/pack/lookup',
    {
      schema: {
        tags,
        summary: 'Find the order to pack by its number, marketplace id or a tracking number',
        querystring: LookupQuery,
        response: { 200: AnyObject, ...errorResponses },
      },
    },
    async (request) => {
      const { q, lang } = request.query as Static<typeof LookupQuery>
      return runtime.inWorkspace(scopeOf(request), (ctx) => lookupOrderToPack(ctx, q, lang))
    },
  )

  app.get(
    '/api/v1/settings/packing',
    {
      schema: {
        tags,
        summary: 'The packing checklist (the default list when none is configured)',
        querystring: LanguageQuery,
        response: { 200: AnyObject, ...errorResponses },
      },
    },
    async (request) => {
      const { lang } = request.query as Static<typeof LanguageQuery>
      return runtime.inWorkspace(scopeOf(request), (ctx) => packingSettings(ctx, lang))
    },
  )

  app.put(
    '/api/v1/settings/packing',
    {
      config: { minRole: 'admin' },
      schema: {
        tags,
        summary: 'Replace the packing checklist (1–20 items of up to 120 characters)',
        body: ChecklistBody,
        response: { 200: AnyObject, ...errorResponses },
      },
    },
    async (request) => {
      const { checklist } = request.body as Static<typeof ChecklistBody>
      return runtime.inWorkspace(scopeOf(request), (ctx) => updatePackChecklist(ctx, checklist))
    },
  )

  app.post(
    '/api/v1/orders/:orderId/pack-checks',
    {
      config: { minRole: 'agent' },
      schema: {
        tags,
        summary: 'Record a pack check; unticked items are kept and returned as warnings',
        params: OrderParams,
        body: PackCheckBody,
        response: { 201: AnyObject, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { orderId } = request.params as Static<typeof OrderParams>
      const body = request.body as Static<typeof PackCheckBody>
      const check = await runtime.inWorkspace(scopeOf(request), (ctx) =>
        recordPackCheck(ctx, orderId, body),
      )
      return reply.status(201).send(check)
    },
  )

  app.get(
    '/api/v1/orders/:orderId/pack-checks',
    {
      schema: {
        tags,
        summary: "The order's pack checks with their photos",
        params: OrderParams,
        response: { 200: AnyObject, ...errorResponses },
      },
    },
    async (request) => {
      const { orderId } = request.params as Static<typeof OrderParams>
      return runtime.inWorkspace(scopeOf(request), async (ctx) => {
        await requireOrder(ctx, orderId)
        return publicPackChecks(await listPackChecks(ctx, orderId))
      })
    },
  )

  app.register(async (scoped) => {
    scoped.addContentTypeParser(
      [...PACK_PHOTO_TYPES],
      { parseAs: 'buffer', bodyLimit: MAX_PHOTO_BYTES },
      (_request, body, done) => done(null, body),
    )
    scoped.post(
      '/api/v1/orders/:orderId/pack-photos',
      {
        bodyLimit: MAX_PHOTO_BYTES,
        config: { minRole: 'agent' },
        schema: {
          tags,
          summary: 'Upload one parcel photo (raw JPEG, PNG or WebP body, up to 10 MB)',
          consumes: [...PACK_PHOTO_TYPES],
          params: OrderParams,
          querystring: PhotoQuery,
          response: { 200: AnyObject, 201: AnyObject, ...errorResponses },
        },
      },
      async (request, reply) => {
        const { orderId } = request.params as Static<typeof OrderParams>
        const { packCheckId } = request.query as Static<typeof PhotoQuery>
        const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0)
        const result = await runtime.inWorkspace(scopeOf(request), (ctx) =>
          storePackPhoto(ctx, runtime.files, orderId, bytes, packCheckId),
        )
        return reply.status(result.created ? 201 : 200).send(result.photo)
      },
    )
  })

  app.get(
    '/api/v1/pack-photos/:photoId',
    {
      schema: {
        tags,
        summary: 'A parcel photo',
        params: Type.Object({ photoId: Uuid }),
        response: errorResponses,
      },
    },
    async (request, reply) => {
      const { photoId } = request.params as { photoId: string }
      const photo = await runtime.inWorkspace(scopeOf(request), (ctx) =>
        readPackPhotoFile(ctx, photoId),
      )
      const bytes = await runtime.files.read(photo.fileKey)
      // Content-addressed: a photo id's bytes never change, but they are the workspace's only.
      return reply
        .header('content-type', photo.contentType)
        .header('cache-control', 'private, max-age=31536000, immutable')
        .send(bytes)
    },
  )
}
