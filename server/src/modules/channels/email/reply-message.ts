import MailComposer from 'nodemailer/lib/mail-composer'
import type { OutboundReply } from '../contract.js'
import type { EmailSettings } from './email-settings.js'
import { replyReferences, replySubject } from './reply-headers.js'

/** Values of `Auto-Submitted` for replies no person wrote (RFC 3834 §5). */
export type AutoSubmitted = 'auto-replied' | 'auto-generated'

// Built once, so the SMTP send and the copy filed in Sent are byte for byte the same message.
// Agent replies carry no `Auto-Submitted`; only automatic ones say what they are.
/** The raw RFC 5322 bytes of a reply, threaded under the message it answers. */
export async function replyMessage(
  settings: EmailSettings,
  reply: OutboundReply,
  messageId: string,
  autoSubmitted?: AutoSubmitted,
): Promise<Buffer> {
  if (!reply.to.email) throw new Error('the reply has no recipient address')
  const composer = new MailComposer({
    from: { name: settings.fromName ?? '', address: settings.fromAddress },
    to: { name: reply.to.name ?? '', address: reply.to.email },
    subject: replySubject(reply.subject),
    messageId,
    inReplyTo: reply.inReplyTo ?? undefined,
    references: replyReferences(reply.references, reply.inReplyTo),
    text: reply.text,
    html: reply.html ?? undefined,
    attachments: reply.attachments.map((file) => ({
      filename: file.filename,
      contentType: file.contentType,
      content: file.content,
    })),
    headers: autoSubmitted ? { 'Auto-Submitted': autoSubmitted } : {},
    // Content is bytes handed over by Aftersale; never let it name a URL or a local file.
    disableUrlAccess: true,
    disableFileAccess: true,
    newline: 'win',
  })
  return composer.compile().build()
}
