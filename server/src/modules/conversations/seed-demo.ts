import { type ServiceContext, systemActor } from '../../platform/context.js'
import type { DemoWorkspace } from '../../platform/module.js'
import type { Runtime } from '../../platform/runtime.js'
import { createChannelAccount, loadConnectorAccount } from '../channels/index.js'
import { DEMO_THREADS, type DemoThread } from './seed-demo-conversations.js'
import { setConversationTags } from './service/conversation-tags.js'
import { saveTeam } from './service/inbox-admin.js'
import { ingestMessages } from './service/ingest/ingest-messages.js'
import { addNote } from './service/notes.js'
import { updateConversation } from './service/update-conversation.js'

const HOUR = 3_600_000

/** The demo inbox: an e-mail box, the web chat and conversations in every state. */
export async function seedConversationsDemo(runtime: Runtime, demo: DemoWorkspace): Promise<void> {
  const scope = { workspaceId: demo.workspaceId, actor: systemActor('seed-demo') }
  await runtime.inWorkspace(scope, async (ctx) => {
    const members = await ctx.trx
      .selectFrom('memberships')
      .innerJoin('users', 'users.id', 'memberships.userId')
      .select(['users.id', 'users.email', 'users.name'])
      .execute()
    const idOf = (email?: string) => members.find((m) => m.email === email)?.id ?? null
    const support = await saveTeam(ctx, {
      name: 'Obsługa klienta',
      memberIds: members.filter((m) => !m.email.startsWith('lukas')).map((m) => m.id),
    })
    // The mailbox needs the seller's own IMAP/SMTP server, so it starts paused.
    const email = await createChannelAccount(ctx, runtime.secrets, 'email', {
      name: 'sklep@krainakawy.pl',
      status: 'paused',
      settings: {
        fromAddress: 'sklep@krainakawy.pl',
        fromName: 'Kraina Kawy',
        imap: { host: 'imap.krainakawy.pl', port: 993, secure: true, user: 'sklep@krainakawy.pl' },
        smtp: { host: 'smtp.krainakawy.pl', port: 465, secure: true, user: 'sklep@krainakawy.pl' },
      },
      teamId: support,
    })
    const widget = await createChannelAccount(ctx, runtime.secrets, 'widget', {
      name: 'Czat na stronie',
      settings: {
        title: 'Kraina Kawy',
        greeting: 'Dzień dobry! W czym możemy pomóc?',
        color: '#7c4a2d',
      },
      slaClock: '24/7',
      slaFirstResponseMinutes: 30,
      slaNextResponseMinutes: 30,
      assignmentMode: 'round_robin',
      teamId: support,
    })
    for (const [i, thread] of DEMO_THREADS.entries())
      await seedThread(ctx, runtime, thread.channel === 'email' ? email : widget, thread, i, idOf)
  })
}

async function seedThread(
  ctx: ServiceContext,
  runtime: Runtime,
  accountId: string,
  thread: DemoThread,
  index: number,
  idOf: (email?: string) => string | null,
) {
  const account = await loadConnectorAccount(ctx, runtime.secrets, accountId)
  const now = Date.now()
  const result = await ingestMessages(
    ctx,
    runtime.files,
    account,
    thread.lines.map((line, n) => ({
      externalId: `demo-${index}-${n}`,
      externalThreadId: account.kind === 'widget' ? `demo-visitor-${index}` : null,
      direction: line.from === 'customer' ? 'inbound' : 'outbound',
      author:
        line.from === 'customer'
          ? { ...thread.customer, externalId: thread.customer.email }
          : { name: 'Kraina Kawy', email: null, externalId: null },
      subject: thread.subject,
      text: line.text,
      html: null,
      sentAt: new Date(now - line.hoursAgo * HOUR),
      attachments: [],
      threading: {
        messageId: `<demo-${index}-${n}@krainakawy.pl>`,
        inReplyTo: n > 0 ? `<demo-${index}-${n - 1}@krainakawy.pl>` : null,
        references: [],
        orderNumber: thread.orderNumber ?? null,
      },
      automated: false,
    })),
  )
  const id = result.conversationsTouched[0]
  if (!id) return
  if (thread.tags) await setConversationTags(ctx, id, thread.tags)
  if (thread.note) await addNote(ctx, id, { text: thread.note })
  await updateConversation(ctx, id, {
    assigneeId: thread.assignTo ? idOf(thread.assignTo) : undefined,
    priority: thread.priority,
    status: thread.status,
  })
}
