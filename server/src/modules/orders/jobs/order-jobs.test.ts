import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../../../platform/context.js'
import type { Runtime } from '../../../platform/runtime.js'
import { startInpostSimulator } from '../../../simulators/inpost/index.js'
import { startSmsapiSimulator } from '../../../simulators/smsapi/index.js'
import { buildUser } from '../../../test/factories.js'
import { buildChannelAccount } from '../../../test/inbox-factories.js'
import { startSmtpSink } from '../../../test/mail/index.js'
import { buildOrders, shopOrderInput } from '../../../test/order-factories.js'
import { createTestRuntime } from '../../../test/test-runtime.js'
import {
  type OrderSettingsPatch,
  updateOrderSettings,
} from '../service/settings/update-order-settings.js'
import { addShipment } from '../service/shipments/add-shipment.js'
import { pollDueShipments } from './poll-tracking.js'
import { sendNotificationJob } from './send-notification.js'
import { watchOrders } from './watch-orders.js'

let runtime: Runtime
let inpost: Awaited<ReturnType<typeof startInpostSimulator>>
let sms: Awaited<ReturnType<typeof startSmsapiSimulator>>
let sink: Awaited<ReturnType<typeof startSmtpSink>>

beforeAll(async () => {
  runtime = await createTestRuntime()
  inpost = await startInpostSimulator({})
  sms = await startSmsapiSimulator({})
  sink = await startSmtpSink()
})
afterAll(async () => {
  await inpost.close()
  await sms.close()
  await sink.stop()
  await runtime.close()
})

const HOUR = 3600_000
const workspace = async (settings: OrderSettingsPatch = {}) => {
  const user = await buildUser(runtime)
  await runtime.inWorkspace({ workspaceId: user.workspaceId, actor: systemActor('test') }, (ctx) =>
    // No quiet hours (start = end), so sends happen now whatever the clock says.
    updateOrderSettings(ctx, runtime.secrets, {
      quietStart: '00:00',
      quietEnd: '00:00',
      ...settings,
    }),
  )
  return user.workspaceId
}
const inWs = <T>(workspaceId: string, work: Parameters<Runtime['inWorkspace']>[1]) =>
  runtime.inWorkspace({ workspaceId, actor: systemActor('test') }, work) as Promise<T>

describe('watchOrders', () => {
  it('raises ship-by and quiet-parcel alerts once, tells the customer of a certain delay, and clears when shipped', async () => {
    const ws = await workspace({ proactiveMessages: true, shipByWarningHours: 12, noScanDays: 3 })
    const now = new Date()
    const [atRisk, missed, fine, quiet] = await buildOrders(runtime, ws, [
      shopOrderInput({ shipBy: new Date(now.getTime() + 5 * HOUR) }),
      shopOrderInput({ shipBy: new Date(now.getTime() - 2 * HOUR) }),
      shopOrderInput({ shipBy: new Date(now.getTime() + 40 * HOUR) }),
      shopOrderInput({ shipBy: new Date(now.getTime() + 40 * HOUR) }),
    ])
    await inWs(ws, (ctx) =>
      addShipment(
        ctx,
        quiet as string,
        { trackingNumber: '620145893201457836007777' },
        new Date(now.getTime() - 4 * 24 * HOUR),
      ),
    )
    expect(await watchOrders(runtime, now, { workspaceId: ws })).toBe(3)
    expect(await watchOrders(runtime, now, { workspaceId: ws })).toBe(0)
    const alerts = await inWs<{ orderId: string; kind: string }[]>(ws, (ctx) =>
      ctx.trx
        .selectFrom('orderAlerts')
        .select(['orderId', 'kind'])
        .where('resolvedAt', 'is', null)
        .execute(),
    )
    expect(new Map(alerts.map((a) => [a.orderId, a.kind]))).toEqual(
      new Map([
        [atRisk, 'ship_by_at_risk'],
        [missed, 'ship_by_missed'],
        [quiet, 'no_scan'],
      ]),
    )
    expect(alerts.some((a) => a.orderId === fine)).toBe(false)
    const delays = await inWs<{ orderId: string }[]>(ws, (ctx) =>
      ctx.trx
        .selectFrom('orderNotifications')
        .select('orderId')
        .where('kind', '=', 'delay_notice')
        .execute(),
    )
    // "At risk" is not late yet: only the missed deadline and the quiet parcel tell the customer.
    expect(delays.map((d) => d.orderId).sort()).toEqual([missed, quiet].sort())
    await inWs(ws, (ctx) =>
      addShipment(ctx, atRisk as string, { trackingNumber: '620145893201457836007778' }),
    )
    const open = await inWs<{ kind: string }[]>(ws, (ctx) =>
      ctx.trx
        .selectFrom('orderAlerts')
        .select('kind')
        .where('orderId', '=', atRisk as string)
        .where('resolvedAt', 'is', null)
        .execute(),
    )
    expect(open).toEqual([])
  })
})

describe('pollDueShipments', () => {
  it('reads InPost over HTTP, stores the scans, schedules the "out for delivery" message and polls again sooner', async () => {
    const ws = await workspace({ carrierSettings: { inpost: { apiUrl: inpost.url } } })
    const [id] = await buildOrders(runtime, ws, [shopOrderInput()])
    const number = '620145893201457836008888'
    const hoursAgo = (h: number) => new Date(Date.now() - h * HOUR)
    inpost.state.createParcel({
      trackingNumber: number,
      statuses: [
        { status: 'confirmed', datetime: hoursAgo(20) },
        { status: 'collected_from_sender', datetime: hoursAgo(18) },
        { status: 'out_for_delivery', datetime: hoursAgo(1) },
      ],
    })
    await inWs(ws, (ctx) => addShipment(ctx, id as string, { trackingNumber: number }))
    const now = new Date()
    expect(await pollDueShipments(runtime, now, { workspaceId: ws })).toBe(1)
    const shipment = await inWs<{ status: string; nextPollAt: Date }>(ws, (ctx) =>
      ctx.trx
        .selectFrom('shipments')
        .select(['status', 'nextPollAt'])
        .where('orderId', '=', id as string)
        .executeTakeFirstOrThrow(),
    )
    expect(shipment.status).toBe('out_for_delivery')
    expect(shipment.nextPollAt.getTime() - now.getTime()).toBe(30 * 60_000)
    const events = await inWs<{ rawCode: string }[]>(ws, (ctx) =>
      ctx.trx.selectFrom('trackingEvents').select('rawCode').orderBy('occurredAt').execute(),
    )
    expect(events.map((e) => e.rawCode)).toEqual([
      'confirmed',
      'collected_from_sender',
      'out_for_delivery',
    ])
    const kinds = await inWs<{ kind: string }[]>(ws, (ctx) =>
      ctx.trx
        .selectFrom('orderNotifications')
        .select('kind')
        .where('orderId', '=', id as string)
        .execute(),
    )
    expect(kinds.map((k) => k.kind).sort()).toEqual([
      'order_received',
      'out_for_delivery',
      'shipped',
    ])
    // Nothing is due any more: a second run asks the carrier about nothing.
    expect(await pollDueShipments(runtime, now, { workspaceId: ws })).toBe(0)
  })
})

describe('sendNotificationJob', () => {
  const run = async (ws: string, kind: string, channel: string) => {
    const row = await inWs<{ id: string }>(ws, (ctx) =>
      ctx.trx
        .selectFrom('orderNotifications')
        .select('id')
        .where('kind', '=', kind as never)
        .where('channel', '=', channel as never)
        .executeTakeFirstOrThrow(),
    )
    await sendNotificationJob(runtime).handle(
      { notificationId: row.id, workspaceId: ws },
      { id: 'test', retryCount: 0 },
    )
    return inWs<{ status: string; providerId: string | null; error: string | null }>(ws, (ctx) =>
      ctx.trx
        .selectFrom('orderNotifications')
        .select(['status', 'providerId', 'error'])
        .where('id', '=', row.id)
        .executeTakeFirstOrThrow(),
    )
  }

  it('e-mails the order confirmation once, in the buyer language, through the workspace mailbox', async () => {
    const ws = await workspace({ shopName: 'Kraina Kawy' })
    await buildChannelAccount(runtime, ws, 'email', {
      status: 'active',
      settings: {
        fromAddress: 'sklep@krainakawy.test',
        fromName: 'Kraina Kawy',
        imap: { host: '127.0.0.1', port: 1, secure: false, user: 'sklep' },
        smtp: { host: sink.host, port: sink.port, secure: false, user: 'sklep' },
      },
      credentials: { imapPassword: 'x', smtpPassword: 'y' },
    })
    const input = shopOrderInput({
      buyer: {
        name: 'Jürgen Becker',
        email: 'j.becker@example.de',
        phone: null,
        login: null,
        locale: 'de',
      },
    })
    await buildOrders(runtime, ws, [input])
    const before = sink.received.length
    const sent = await run(ws, 'order_received', 'email')
    expect(sent.status).toBe('sent')
    const [mail] = await sink.waitFor(before + 1).then((all) => all.slice(before))
    expect(mail?.envelope.rcptTo[0]?.address).toBe('j.becker@example.de')
    expect(mail?.parsed.subject).toContain(input.number)
    expect(mail?.parsed.text).toMatch(/Bestellung/)
    expect(mail?.parsed.headers.get('auto-submitted')).toBe('auto-generated')
    // A second run of the same job (a retry after a crash) sends nothing more.
    expect((await run(ws, 'order_received', 'email')).status).toBe('sent')
    expect(sink.received.length).toBe(before + 1)
  })

  it('texts through the SMSAPI-compatible gateway and fails for good without an e-mail account', async () => {
    const ws = await workspace({
      notifySms: true,
      smsApiUrl: sms.url,
      smsToken: 'sim-token-abcdef',
      smsSenderName: 'KrainaKawy',
    })
    sms.state.tokens.add('sim-token-abcdef')
    sms.state.senderNames.add('KrainaKawy')
    await buildOrders(runtime, ws, [shopOrderInput()])
    const texted = await run(ws, 'order_received', 'sms')
    expect(texted, JSON.stringify(texted)).toMatchObject({ status: 'sent' })
    const delivered = sms.state.messages.filter((m) => m.idx)
    expect(delivered.at(-1)?.number).toBe('48600100200')
    expect((await run(ws, 'order_received', 'email')).status).toBe('failed')
  })
})
