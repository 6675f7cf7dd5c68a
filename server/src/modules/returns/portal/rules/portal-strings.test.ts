import { describe, expect, it } from 'vitest'
import { TRACKING_LANGUAGES } from '../../../orders/rules/tracking-page/languages.js'
import { RETURN_REASONS } from '../../service/case-input.js'
import { explainReasons } from './explain-reasons.js'
import { CUSTOMER_EVENT_ACTIONS, portalStrings } from './portal-strings.js'
import { EXPLAINED_REASONS } from './reason-codes.js'

/** Every key path of a strings object, functions and nested records included. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix]
  return Object.entries(value as Record<string, unknown>)
    .flatMap(([key, inner]) => keyPaths(inner, prefix ? `${prefix}.${key}` : key))
    .sort()
}

describe('portal strings', () => {
  it('have the same keys in Polish, English and German', () => {
    const polish = keyPaths(portalStrings('pl'))
    expect(polish.length).toBeGreaterThan(100)
    for (const language of TRACKING_LANGUAGES)
      expect(keyPaths(portalStrings(language))).toEqual(polish)
  })

  it('name every reason a customer can pick, every event and status, in words of their own', () => {
    for (const language of TRACKING_LANGUAGES) {
      const strings = portalStrings(language)
      for (const reason of RETURN_REASONS) expect(strings.reasons[reason].length).toBeGreaterThan(2)
      for (const action of CUSTOMER_EVENT_ACTIONS)
        expect(strings.events[action].length).toBeGreaterThan(5)
    }
    // Each language really is translated: no text shared between English and German.
    const english = portalStrings('en')
    const german = portalStrings('de')
    for (const reason of RETURN_REASONS)
      expect(german.reasons[reason]).not.toBe(english.reasons[reason])
  })
})

describe('explainReasons', () => {
  it('explains every engine code in every language, with the deadline written out', () => {
    for (const language of TRACKING_LANGUAGES)
      for (const code of EXPLAINED_REASONS) {
        const [withDate] = explainReasons([code], '2026-11-16', language)
        const [withoutDate] = explainReasons([code], null, language)
        expect(withDate, `${language} ${code}`).toMatch(/\.$/)
        expect(withoutDate, `${language} ${code}`).toBeTruthy()
        expect(withoutDate).not.toContain('null')
      }
  })

  it('puts the date in the sentences that depend on it', () => {
    expect(explainReasons(['period_expired'], '2026-11-16', 'pl')).toEqual([
      'Termin na odstąpienie od umowy minął 16 listopada 2026 (14 dni od otrzymania produktu, art. 27 u.p.k.).',
    ])
    expect(explainReasons(['within_statutory_period'], '2026-11-16', 'en')[0]).toContain(
      'until 16 November 2026',
    )
    expect(explainReasons(['within_liability'], '2027-03-01', 'de')[0]).toContain(
      'bis 1. März 2027',
    )
  })

  it('cites the art. 38 exception of each refused item', () => {
    expect(explainReasons(['exception_perishable'], null, 'pl')[0]).toContain(
      'art. 38 ust. 1 pkt 4',
    )
    expect(explainReasons(['exception_sealed_media'], null, 'en')[0]).toContain('art. 38(1)(9)')
    expect(explainReasons(['exception_personalized'], null, 'de')[0]).toContain(
      'Art. 38 Abs. 1 Nr. 3',
    )
  })

  it('leaves out codes it does not know and says each code once', () => {
    expect(
      explainReasons(
        ['some_future_code', 'exception_newspaper', 'exception_newspaper'],
        null,
        'en',
      ),
    ).toEqual([
      'Newspapers, periodicals and magazines cannot be returned (art. 38(1)(10) of the Act).',
    ])
  })
})
