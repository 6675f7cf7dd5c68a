import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ServiceContext, systemActor } from '../../../platform/context.js'
import { buildUser } from '../../../test/factories.js'
import { buildChannelAccount } from '../../../test/inbox-factories.js'
import { createTestApp } from '../../../test/test-runtime.js'
import { buildWidget, startChat } from '../webchat-test-kit.js'
import { widgetDeliveryRoute } from './delivery-route.js'
import { touchVisitor } from './visitors.js'

let t: Awaited<ReturnType<typeof createTestApp>>
let workspaceId: string
beforeAll(async () => {
  t = await createTestApp()
  workspaceId = (await buildUser(t.runtime)).workspaceId
})
afterAll(() => t.close())

const inWorkspace = <T>(work: (ctx: ServiceContext) => Promise<T>) =>
  t.runtime.inWorkspace({ workspaceId, actor: systemActor('test') }, work)

describe('widgetDeliveryRoute', () => {
  it('keeps replies in an open chat and e-mails them a minute after it closed', async () => {
    const mailbox = await buildChannelAccount(t.runtime, workspaceId, 'email')
    const widget = await buildWidget(t.runtime, workspaceId, { fallbackEmailAccountId: mailbox })
    const chat = await startChat(t.app, widget.key, {
      name: 'Ewa Nowak',
      email: 'Ewa@Example.test',
    })
    const route = (now?: Date) =>
      inWorkspace((ctx) => widgetDeliveryRoute(ctx, widget.id, chat.visitorId, now))
    const email = {
      via: 'email',
      emailAccountId: mailbox,
      to: { name: 'Ewa Nowak', email: 'ewa@example.test' },
    }
    // Never connected: the visitor left right after writing.
    expect(await route()).toEqual(email)
    await inWorkspace((ctx) => touchVisitor(ctx, widget.id, chat.visitorId))
    expect(await route()).toEqual({ via: 'widget' })
    expect(await route(new Date(Date.now() + 59_000))).toEqual({ via: 'widget' })
    expect(await route(new Date(Date.now() + 61_000))).toEqual(email)
  })

  it('stays in the widget without a usable fallback mailbox or a known visitor', async () => {
    const plain = await buildWidget(t.runtime, workspaceId)
    const chat = await startChat(t.app, plain.key)
    const route = (accountId: string, threadId: string | null) =>
      inWorkspace((ctx) => widgetDeliveryRoute(ctx, accountId, threadId))
    expect(await route(plain.id, chat.visitorId)).toEqual({ via: 'widget' })
    const paused = await buildChannelAccount(t.runtime, workspaceId, 'email', { status: 'paused' })
    const withPaused = await buildWidget(t.runtime, workspaceId, { fallbackEmailAccountId: paused })
    const other = await startChat(t.app, withPaused.key)
    expect(await route(withPaused.id, other.visitorId)).toEqual({ via: 'widget' })
    expect(await route(withPaused.id, null)).toEqual({ via: 'widget' })
    expect(await route(withPaused.id, 'v_unknown000000')).toEqual({ via: 'widget' })
  })

  it("cannot use another workspace's mailbox as the fallback", async () => {
    const stranger = await buildUser(t.runtime)
    const foreign = await buildChannelAccount(t.runtime, stranger.workspaceId, 'email')
    const widget = await buildWidget(t.runtime, workspaceId, { fallbackEmailAccountId: foreign })
    const chat = await startChat(t.app, widget.key)
    expect(await inWorkspace((ctx) => widgetDeliveryRoute(ctx, widget.id, chat.visitorId))).toEqual(
      { via: 'widget' },
    )
  })
})
