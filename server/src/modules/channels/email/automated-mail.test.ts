import { describe, expect, it } from 'vitest'
import { isAutomatedMail } from './automated-mail.js'
import { type MailHeaders, mailHeaders } from './mail-headers.js'

/** Headers from raw lines as they appear in a message. */
function headers(...lines: string[]): MailHeaders {
  return mailHeaders(lines.map((line) => ({ key: line.slice(0, line.indexOf(':')), line })))
}

describe('isAutomatedMail', () => {
  it.each([
    ['Auto-Submitted: auto-replied'],
    ['Auto-Submitted: auto-generated'],
    ['auto-submitted: Auto-Notified; owner-email="a@b.test"'],
    ['Precedence: bulk'],
    ['Precedence: JUNK'],
    ['Precedence: list'],
    ['List-Id: Sellers <sellers.example.test>'],
    ['List-Unsubscribe: <mailto:leave@example.test>'],
    ['X-Auto-Response-Suppress: All'],
    ['X-Auto-Response-Suppress: DR, OOF'],
    ['X-Auto-Response-Suppress: AutoReply'],
    ['Return-Path: <>'],
    ['Return-Path: < >'],
    ['X-Autoreply: yes'],
    ['X-Autorespond: Out of office'],
    ['Content-Type: multipart/report; report-type=delivery-status; boundary="x"'],
  ])('treats %j as automated', (line) => {
    expect(isAutomatedMail(headers('From: a@b.test', line))).toBe(true)
  })

  it.each([
    [['From: buyer@example.test', 'Subject: Where is my parcel?']],
    [['Auto-Submitted: no']],
    [['Auto-Submitted: No ; comment']],
    [['Precedence: first-class']],
    [['X-Auto-Response-Suppress: DR, RN, NRN']],
    [['Return-Path: <buyer@example.test>']],
    [['Content-Type: multipart/mixed; boundary="x"']],
  ])('treats %j as written by a person', (lines) => {
    expect(isAutomatedMail(headers(...lines))).toBe(false)
  })

  it('reads folded header values', () => {
    expect(isAutomatedMail(headers('Auto-Submitted:\r\n auto-replied'))).toBe(true)
  })
})
