import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  dovecotBinary,
  type SmtpSink,
  startDovecot,
  startSmtpSink,
  type TestDovecot,
} from '../../../test/mail/index.js'
import { CredentialsRejectedError, DeliveryRefusedError } from '../contract.js'
import { emailConnector } from './email-connector.js'
import { testEmailAccount } from './fixtures/email-account.js'
import { testReply } from './fixtures/test-reply.js'
import { sendSmtp } from './smtp-send.js'

const log = pino({ level: 'silent' })
const shop = { user: 'sklep@shop.test', password: 'smtp-secret' }

describe('sendSmtp to an SMTP sink', () => {
  let sink: SmtpSink
  const account = (password = shop.password) =>
    testEmailAccount({
      imapPort: 1,
      smtpPort: sink.port,
      user: shop.user,
      password: 'unused',
      smtpPassword: password,
      fromName: 'Sklep Przykład',
    })

  beforeAll(async () => {
    sink = await startSmtpSink({
      users: { [shop.user]: shop.password },
      rejectRecipients: ['nobody@example.test'],
    })
  })
  afterAll(async () => {
    await sink?.stop()
  })

  it('delivers a threaded reply and repeats its Message-ID on resend', async () => {
    const reply = testReply()
    const before = sink.received.length
    const receipt = await sendSmtp(account(), reply, log)
    const again = await sendSmtp(account(), reply, log)
    const [first, second] = (await sink.waitFor(before + 2)).slice(before)
    const messageId = `<aftersale.${reply.messageId}@shop.test>`
    expect(receipt).toEqual({ externalId: messageId, messageIdHeader: messageId })
    expect(again).toEqual(receipt)
    expect(first!.envelope.mailFrom).toMatchObject({ address: 'sklep@shop.test' })
    expect(first!.envelope.rcptTo.map((rcpt) => rcpt.address)).toEqual(['anna@example.test'])
    expect(first!.parsed).toMatchObject({
      messageId,
      inReplyTo: '<question-2@example.test>',
      references: ['<question-1@example.test>', '<question-2@example.test>'],
      subject: 'Re: Nowa wiadomość do zamówienia #1234-5678',
      text: 'Dzień dobry, paczka wyszła dziś.',
      html: '<p>Dzień dobry, paczka wyszła dziś.</p>',
    })
    expect(first!.parsed.from?.value).toEqual([
      { name: 'Sklep Przykład', address: 'sklep@shop.test' },
    ])
    // An agent's reply is not automatic mail (RFC 3834): no Auto-Submitted at all.
    expect(first!.parsed.headers.has('auto-submitted')).toBe(false)
    expect(second!.parsed.messageId).toBe(messageId)
    expect(second!.raw.equals(first!.raw)).toBe(false) // a fresh Date, the same identity
  })

  it('keeps an existing reply prefix and marks automatic replies', async () => {
    const before = sink.received.length
    await sendSmtp(account(), testReply({ subject: 'AW: Bestellung 123456' }), log, {
      autoSubmitted: 'auto-replied',
    })
    const [mail] = (await sink.waitFor(before + 1)).slice(before)
    expect(mail!.parsed.subject).toBe('AW: Bestellung 123456')
    expect(mail!.parsed.headers.get('auto-submitted')).toBe('auto-replied')
  })

  it('sends attachments', async () => {
    const before = sink.received.length
    const content = Buffer.from('%PDF-1.4 invoice')
    await sendSmtp(
      account(),
      testReply({
        attachments: [{ filename: 'faktura.pdf', contentType: 'application/pdf', content }],
      }),
      log,
    )
    const [mail] = (await sink.waitFor(before + 1)).slice(before)
    expect(mail!.parsed.attachments).toEqual([
      expect.objectContaining({ filename: 'faktura.pdf', contentType: 'application/pdf', content }),
    ])
  })

  it('raises CredentialsRejectedError for a wrong password', async () => {
    await expect(sendSmtp(account('wrong'), testReply(), log)).rejects.toBeInstanceOf(
      CredentialsRejectedError,
    )
  })

  it('raises DeliveryRefusedError when the recipient is refused for good', async () => {
    const reply = testReply({ to: { name: null, email: 'nobody@example.test', externalId: null } })
    await expect(sendSmtp(account(), reply, log)).rejects.toBeInstanceOf(DeliveryRefusedError)
    const noAddress = testReply({ to: { name: 'X', email: null, externalId: null } })
    await expect(sendSmtp(account(), noAddress, log)).rejects.toBeInstanceOf(DeliveryRefusedError)
  })
})

describe.skipIf(!dovecotBinary())(
  'a copy in the Sent mailbox (apt-get install -y dovecot-imapd)',
  () => {
    let sink: SmtpSink
    let dovecot: TestDovecot
    const account = () =>
      testEmailAccount({
        imapPort: dovecot.port,
        smtpPort: sink.port,
        user: shop.user,
        password: shop.password,
        sentMailbox: 'Sent',
      })

    beforeAll(async () => {
      sink = await startSmtpSink({ users: { [shop.user]: shop.password } })
      dovecot = await startDovecot({ users: { [shop.user]: shop.password } })
      const client = await dovecot.connect(shop.user)
      await client.mailboxCreate('Sent')
      await client.logout()
    })
    afterAll(async () => {
      await sink?.stop()
      await dovecot?.stop()
    })

    it('files one copy however often the reply is sent, and finds it after a crash', async () => {
      const reply = testReply()
      expect(await emailConnector.findDelivered!(account(), reply)).toBeNull()
      const receipt = await emailConnector.send(account(), reply, log)
      await emailConnector.send(account(), reply, log)
      expect(await emailConnector.findDelivered!(account(), reply)).toEqual(receipt)
      expect(await emailConnector.findDelivered!(account(), testReply())).toBeNull()

      const client = await dovecot.connect(shop.user)
      await client.mailboxOpen('Sent')
      const filed = await client.fetchAll('1:*', { envelope: true, flags: true })
      await client.logout()
      expect(filed.map((message) => message.envelope?.messageId)).toEqual([receipt.externalId])
      expect(filed[0]!.flags?.has('\\Seen')).toBe(true)
    })
  },
)
