import { describe, expect, it } from 'vitest'
import type { InboundMessage } from '../contract.js'
import { malformedMail } from './fixtures/malformed-mail.js'
import { parseEmail } from './parse-email.js'

const options = { maxAttachmentBytes: 2048 }

/** What every parsed message must satisfy, however broken its source. */
function expectWellFormed(message: InboundMessage) {
  expect(message.externalId).toMatch(/^(<[^<>\s]+>|sha256:[0-9a-f]{64})$/)
  expect(message.direction).toBe('inbound')
  expect(typeof message.text).toBe('string')
  expect(Number.isNaN(message.sentAt.getTime())).toBe(false)
  // Never "now": a re-poll must produce the same message.
  expect(Math.abs(message.sentAt.getTime() - Date.now())).toBeGreaterThan(60_000)
  for (const file of message.attachments) {
    expect(file.content === null).toBe(file.refusedReason !== undefined)
    expect(file.filename).not.toMatch(/[/\\]/)
  }
}

describe('parseEmail', () => {
  it.each(malformedMail)('reads $name', async ({ raw, receivedAt, expected }) => {
    const message = await parseEmail(raw, { ...options, receivedAt })
    expectWellFormed(message)
    if (expected.externalId === 'sha256') expect(message.externalId).toMatch(/^sha256:/)
    else if (expected.externalId) expect(message.externalId).toBe(expected.externalId)
    if (expected.subject !== undefined) expect(message.subject).toBe(expected.subject)
    if (expected.text !== undefined) expect(message.text.trim()).toBe(expected.text)
    if (expected.textIncludes) expect(message.text).toContain(expected.textIncludes)
    if (expected.authorEmail !== undefined) expect(message.author.email).toBe(expected.authorEmail)
    if (expected.sentAt) expect(message.sentAt.toISOString()).toBe(expected.sentAt.toISOString())
    if (expected.automated !== undefined) expect(message.automated).toBe(expected.automated)
    if (expected.orderNumber !== undefined)
      expect(message.threading.orderNumber).toBe(expected.orderNumber)
    if (expected.references !== undefined)
      expect(message.threading.references).toHaveLength(expected.references)
    if (expected.attachments) {
      expect(message.attachments).toHaveLength(expected.attachments.length)
      expected.attachments.forEach((want, index) => {
        const got = message.attachments[index]!
        if (want.filename) expect(got.filename).toBe(want.filename)
        if (want.size !== undefined) expect(got.size).toBe(want.size)
        if (want.refused !== undefined) expect(got.content === null).toBe(want.refused)
        if (want.externalRef) expect(got.externalRef).toBe(want.externalRef)
      })
    }
    // Idempotent: the same bytes give the same message on every poll.
    expect(await parseEmail(raw, { ...options, receivedAt })).toEqual(message)
  })

  it('says why an oversized attachment was refused', async () => {
    const raw = malformedMail.find((mail) => mail.name === 'attachment over the limit')!.raw
    const [photo] = (await parseEmail(raw, options)).attachments
    expect(photo).toMatchObject({ content: null, refusedReason: 'larger than 0 MB' })
    const roomy = await parseEmail(raw, { maxAttachmentBytes: 25 * 1024 * 1024 })
    expect(roomy.attachments[0]).toMatchObject({ size: 3000, contentType: 'image/jpeg' })
    expect(roomy.attachments[0]!.content).toHaveLength(3000)
  })

  it('survives a 10 MB single line, keeping a shortened text', async () => {
    const line = 'x'.repeat(10 * 1024 * 1024)
    const raw = Buffer.from(`From: a@example.test\r\nSubject: long\r\n\r\n${line}\r\n`)
    const message = await parseEmail(raw, options)
    expectWellFormed(message)
    expect(message.subject).toBe('long')
    expect(message.text.length).toBeLessThan(1_100_000)
    expect(message.text).toMatch(/^x+\n\[… shortened by Aftersale\]$/)
  })

  it('reads threading headers of a reply', async () => {
    const raw = Buffer.from(
      [
        'From: "Anna Nowak" <anna@example.test>',
        'Subject: Re: Nowa wiadomość do zamówienia #1234-5678',
        'Date: Fri, 15 Mar 2024 10:00:00 +0100',
        'Message-ID: <reply-2@example.test>',
        'In-Reply-To: <aftersale.m1@shop.test>',
        'References: <root@example.test>\r\n <aftersale.m1@shop.test>',
        '',
        'Thanks!',
      ].join('\r\n'),
    )
    expect(await parseEmail(raw, options)).toEqual({
      externalId: '<reply-2@example.test>',
      externalThreadId: null,
      direction: 'inbound',
      author: { name: 'Anna Nowak', email: 'anna@example.test', externalId: null },
      subject: 'Re: Nowa wiadomość do zamówienia #1234-5678',
      text: 'Thanks!',
      html: null,
      sentAt: new Date('2024-03-15T09:00:00Z'),
      attachments: [],
      threading: {
        messageId: '<reply-2@example.test>',
        inReplyTo: '<aftersale.m1@shop.test>',
        references: ['<root@example.test>', '<aftersale.m1@shop.test>'],
        orderNumber: '1234-5678',
      },
      automated: false,
    })
  })
})
