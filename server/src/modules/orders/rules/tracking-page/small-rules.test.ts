import { describe, expect, it } from 'vitest'
import { ORDER_STATUSES, TRACKING_STATUSES } from '../../contract.js'
import { accentPalette, contrastRatio } from './accent-palette.js'
import { escapeHtml, html, raw } from './html.js'
import { TRACKING_LANGUAGES } from './languages.js'
import { pageMoney } from './page-money.js'
import { checkProblemReport, MAX_PROBLEM_CHARS } from './problem-report-input.js'
import { admitReport } from './report-limit.js'
import { trackingStrings } from './strings.js'

describe('html', () => {
  it('escapes interpolated text, joins arrays and skips empty values', () => {
    const name = '<img src=x onerror="alert(1)">'
    expect(html`<b title="${name}">${name}</b>`.value).toBe(
      '<b title="&lt;img src=x onerror=&quot;alert(1)&quot;&gt;">&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</b>',
    )
    expect(html`<ul>${['a&b', html`<li>x</li>`]}${null}${false}</ul>`.value).toBe(
      '<ul>a&amp;b<li>x</li></ul>',
    )
    expect(html`${raw('<hr>')}`.value).toBe('<hr>')
    expect(escapeHtml(`'`)).toBe('&#39;')
  })
})

describe('accentPalette', () => {
  it('picks readable text on the accent and darkens it for text on white (WCAG 2.1)', () => {
    const dark = accentPalette('#4a2f1b')
    expect(dark.onAccent).toBe('#ffffff')
    expect(dark.ink).toBe('#4a2f1b')
    const yellow = accentPalette('#FFD60A')
    expect(yellow.onAccent).toBe('#111827')
    expect(contrastRatio(yellow.ink, '#ffffff')).toBeGreaterThanOrEqual(4.5)
    expect(accentPalette('red; }').accent).toBe('#0f766e')
  })
})

describe('admitReport', () => {
  const limit = { max: 3, windowMs: 1000 }
  it('allows max reports per window, then names the wait until the oldest expires', () => {
    let history: number[] = []
    for (const now of [0, 100, 200]) {
      const verdict = admitReport(history, now, limit)
      expect(verdict.allowed).toBe(true)
      history = verdict.history
    }
    const refused = admitReport(history, 300, limit)
    expect(refused).toEqual({ allowed: false, history: [0, 100, 200], retryAfterMs: 700 })
    expect(admitReport(history, 1000, limit).allowed).toBe(true)
  })
})

describe('checkProblemReport', () => {
  it('trims the message, unifies line breaks and keeps a valid e-mail', () => {
    expect(checkProblemReport({ message: '  Paczka\r\nuszkodzona ', email: ' a@b.pl ' })).toEqual({
      ok: true,
      message: 'Paczka\nuszkodzona',
      email: 'a@b.pl',
    })
    expect(checkProblemReport({ message: 'x', email: '' })).toEqual({
      ok: true,
      message: 'x',
      email: null,
    })
  })
  it('refuses an empty or too long message and a malformed e-mail', () => {
    expect(checkProblemReport({ message: '   ' })).toMatchObject({
      issue: { code: 'message_required' },
    })
    expect(checkProblemReport({ message: 7 })).toMatchObject({
      issue: { code: 'message_required' },
    })
    expect(checkProblemReport({ message: 'x'.repeat(MAX_PROBLEM_CHARS + 1) })).toMatchObject({
      issue: { code: 'message_too_long' },
    })
    expect(checkProblemReport({ message: 'x'.repeat(MAX_PROBLEM_CHARS) }).ok).toBe(true)
    expect(checkProblemReport({ message: 'x', email: 'jan@' })).toMatchObject({
      issue: { field: 'email', code: 'email_invalid' },
    })
  })
})

describe('pageMoney', () => {
  it("writes minor units with the currency's own digits in the reader's locale", () => {
    expect(pageMoney(23199, 'PLN', 'pl-PL')).toBe('231,99\u00a0zł')
    expect(pageMoney(23199, 'EUR', 'de-DE')).toBe('231,99\u00a0€')
    expect(pageMoney(1500, 'JPY', 'en-GB')).toBe('JP¥1,500')
    expect(pageMoney(12345, 'KWD', 'en-GB')).toBe('KWD\u00a012.345')
  })
})

describe('trackingStrings', () => {
  it('names every order and parcel status in every language, differently from Polish', () => {
    const pl = trackingStrings('pl')
    for (const language of TRACKING_LANGUAGES) {
      const strings = trackingStrings(language)
      for (const status of ORDER_STATUSES) expect(strings.orderStatus[status]).toBeTruthy()
      for (const status of TRACKING_STATUSES) expect(strings.trackingStatus[status]).toBeTruthy()
      if (language !== 'pl') expect(strings.headline.in_transit).not.toBe(pl.headline.in_transit)
    }
  })
})
