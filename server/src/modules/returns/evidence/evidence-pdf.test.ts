import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../../../platform/context.js'
import { buildSession, type TestSession } from '../../../test/factories.js'
import { buildChannelAccount, inboundMessage, ingest } from '../../../test/inbox-factories.js'
import { buildOrders, shopOrderInput } from '../../../test/order-factories.js'
import { pdfPagesText } from '../../../test/pdf-text.js'
import { solidPng, tinyJpeg, webpHeader } from '../../../test/test-images.js'
import { createTestApp } from '../../../test/test-runtime.js'
import { loadEvidence } from './evidence-data.js'
import { renderEvidencePdf } from './evidence-pdf.js'

let t: Awaited<ReturnType<typeof createTestApp>>
let owner: TestSession
beforeAll(async () => {
  t = await createTestApp()
  owner = await buildSession(t.runtime, t.app)
})
afterAll(() => t.close())

const api = (method: 'GET' | 'POST', url: string, payload?: unknown, type?: string) =>
  t.app.inject({
    method,
    url,
    headers: { ...owner.headers, ...(type ? { 'content-type': type } : {}) },
    payload: payload as string,
  })

/** An order with a scanned parcel, a customer message, a complaint and a pack check with photos. */
async function disputedOrder(options: { photos: number; messages: number }) {
  const number = `EV-${Date.now().toString(36)}-${options.photos}`
  const tracking = `62014589320145783${Math.floor(Math.random() * 8999999) + 1000000}`
  const [id] = await buildOrders(t.runtime, owner.workspaceId, [
    shopOrderInput({
      number,
      items: [{ sku: 'MLYNEK', name: 'Młynek ręczny żeliwny', quantity: 1, unitPriceMinor: 15900 }],
      shipments: [{ carrier: 'inpost', trackingNumber: tracking }],
    }),
  ])
  const orderId = id as string
  await api('POST', '/api/v1/tracking-events', {
    carrier: 'inpost',
    trackingNumber: tracking,
    events: [
      {
        occurredAt: new Date(Date.now() - 86_400_000).toISOString(),
        rawCode: 'collected_from_sender',
        rawDescription: 'Przyjęta w oddziale',
        location: 'Kraków',
      },
      {
        occurredAt: new Date(Date.now() - 3600_000).toISOString(),
        rawCode: 'delivered',
        rawDescription: 'Doręczona do Paczkomatu',
      },
    ],
  })
  const channel = await buildChannelAccount(t.runtime, owner.workspaceId, 'widget')
  await ingest(
    t.runtime,
    owner.workspaceId,
    channel,
    Array.from({ length: options.messages }, (_, i) =>
      inboundMessage({
        externalThreadId: `thread-${number}`,
        text:
          i === 0 ? `Paczka ${number} przyszła pusta, żądam zwrotu pieniędzy.` : `Wiadomość ${i}`,
        sentAt: new Date(Date.now() - 1800_000 + i * 1000),
        threading: { messageId: null, inReplyTo: null, references: [], orderNumber: number },
      }),
    ),
  )
  await t.runtime.inWorkspace(
    { workspaceId: owner.workspaceId, actor: systemActor('test') },
    (ctx) =>
      ctx.trx
        .insertInto('returnCases')
        .values({
          workspaceId: owner.workspaceId,
          number: `R-${number}`,
          kind: 'complaint',
          source: 'agent',
          orderId,
          buyerType: 'consumer',
          language: 'pl',
          reasonCode: 'missing_item',
          requestedAt: new Date(),
          requestedOn: '2026-11-20',
          informedOfWithdrawalRight: true,
          evaluation: JSON.stringify({}),
          respondBy: '2026-12-04',
          portalToken: randomUUID(),
          currency: 'PLN',
          refundDueMinor: 0,
          refundedMinor: 0,
        })
        .execute(),
  )
  const photoIds: string[] = []
  for (let i = 0; i < options.photos; i++) {
    const [bytes, type] =
      i % 3 === 0
        ? [tinyJpeg(`${number}-${i}`), 'image/jpeg']
        : i % 3 === 1
          ? [solidPng(30, 20, [i * 20, 90, 40]), 'image/png']
          : [webpHeader(), 'image/webp']
    photoIds.push(
      (await api('POST', `/api/v1/orders/${orderId}/pack-photos`, bytes, type)).json().id,
    )
  }
  await api('POST', `/api/v1/orders/${orderId}/pack-checks`, {
    checklist: [
      { item: 'Produkt zgodny z zamówieniem', checked: true },
      { item: 'Brak uszkodzeń', checked: false },
    ],
    photoIds,
  })
  return { orderId, number }
}

async function pdfOf(orderId: string, lang: 'pl' | 'en') {
  const evidence = await t.runtime.inWorkspace(
    { workspaceId: owner.workspaceId, actor: systemActor('test') },
    (ctx) => loadEvidence(ctx, orderId),
  )
  const chunks: Buffer[] = []
  for await (const chunk of renderEvidencePdf(evidence, {
    lang,
    compress: false,
    readPhoto: (key) => t.runtime.files.read(key),
  }))
    chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

describe('evidence PDF', () => {
  it('downloads as an attachment named after the order, with pages', async () => {
    const { orderId, number } = await disputedOrder({ photos: 3, messages: 1 })
    const response = await api('GET', `/api/v1/orders/${orderId}/evidence.pdf?lang=en`)
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200)
    expect(response.headers['content-type']).toBe('application/pdf')
    expect(response.headers['content-disposition']).toContain(`filename="evidence-${number}.pdf"`)
    const pdf = response.rawPayload
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    expect(pdf.subarray(-6).toString()).toContain('%%EOF')
    const pages = pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []
    expect(pages.length).toBeGreaterThan(0)
    expect(pdf.toString('latin1').match(/\/Subtype \/Image/g)).toHaveLength(2)
    expect(pdf.toString('latin1')).toContain('/EmbeddedFile')
    const missing = await api('GET', `/api/v1/orders/${randomUUID()}/evidence.pdf`)
    expect(missing.statusCode).toBe(404)
    const wrongCase = await api(
      'GET',
      `/api/v1/orders/${orderId}/evidence.pdf?caseId=${randomUUID()}`,
    )
    expect(wrongCase.statusCode).toBe(404)
    expect((await api('GET', `/api/v1/orders/${orderId}/evidence.pdf?lang=de`)).statusCode).toBe(
      400,
    )
  })

  it('prints the order, parcel history, case deadlines, messages and packing in the chosen language', async () => {
    const { orderId, number } = await disputedOrder({ photos: 2, messages: 2 })
    const english = pdfPagesText(await pdfOf(orderId, 'en'))
    const text = english.join('\n')
    expect(english.length).toBeGreaterThan(0)
    expect(english[0]).toContain(`Order evidence pack\n${number}\n`)
    expect(text).toContain('Młynek ręczny żeliwny')
    expect(text).toContain('Doręczona do Paczkomatu')
    expect(text).toContain(`R-${number}`)
    expect(text).toContain('2026-12-04')
    expect(text).toContain(`Paczka ${number} przyszła pusta, żądam zwrotu pieniędzy.`)
    expect(text).toContain('✗  Brak uszkodzeń')
    expect(text).toContain('✓  Produkt zgodny z zamówieniem')
    expect(english[0]).toContain(`Page 1 of ${english.length}`)
    const polish = pdfPagesText(await pdfOf(orderId, 'pl'))
      .join(' ')
      .replace(/\s+/g, ' ')
    expect(polish).toContain(`Pakiet dowodowy do zamówienia ${number}`)
    expect(polish).toContain('Korespondencja z kupującym')
    expect(polish).toContain('Strona 1 z')
  })

  it('loads the evidence in the same number of queries for a long dispute as for a short one', async () => {
    const short = await disputedOrder({ photos: 1, messages: 1 })
    const long = await disputedOrder({ photos: 6, messages: 8 })
    const queriesFor = async (orderId: string) => {
      const before = t.runtime.database.counter.queries
      const response = await api('GET', `/api/v1/orders/${orderId}/evidence.pdf`)
      expect(response.statusCode).toBe(200)
      return t.runtime.database.counter.queries - before
    }
    await queriesFor(short.orderId)
    expect(await queriesFor(long.orderId)).toBe(await queriesFor(short.orderId))
  })
})
