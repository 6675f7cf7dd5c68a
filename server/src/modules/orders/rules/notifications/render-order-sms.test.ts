import { describe, expect, it } from 'vitest'
import { NOTIFICATION_KINDS } from './notification-kinds.js'
import { NOTIFICATION_LANGUAGES } from './pick-copy.js'
import { renderOrderNotification } from './render-order-notification.js'
import { sampleNotificationInput as sample } from './render-test-fixtures.js'
import { smsSegments } from './sms-segments.js'

describe('renderOrderNotification: SMS', () => {
  it('fits every kind in every language into at most two parts, with no subject or HTML', () => {
    for (const locale of NOTIFICATION_LANGUAGES) {
      for (const kind of NOTIFICATION_KINDS) {
        const sms = renderOrderNotification(kind, sample({ locale }), 'sms')
        expect(sms.subject).toBeNull()
        expect(sms.html).toBeNull()
        expect(sms.text, `${locale} ${kind}`).not.toMatch(/[<>\n]/)
        expect(sms.text, `${locale} ${kind}`).toContain('KK-10482')
        expect(
          smsSegments(sms.text).segments,
          `${locale} ${kind}: ${sms.text}`,
        ).toBeLessThanOrEqual(2)
        if (kind !== 'delivered') expect(sms.text).toContain('https://sklep.example.pl/t/8f3k2m9q')
      }
    }
  })

  it('keeps Polish diacritics and names the carrier', () => {
    const { text } = renderOrderNotification('shipped', sample(), 'sms')
    expect(text).toBe(
      'ElektroMarket: zamówienie nr KK-10482 zostało wysłane (InPost). Śledź przesyłkę: https://sklep.example.pl/t/8f3k2m9q',
    )
    expect(smsSegments(text).encoding).toBe('ucs2')
  })

  it('keeps German in GSM-7, one part, when the text allows', () => {
    const { text } = renderOrderNotification('out_for_delivery', sample({ locale: 'de' }), 'sms')
    expect(smsSegments(text)).toMatchObject({ encoding: 'gsm7', segments: 1 })
  })

  it('gives the new date in a delay SMS without a doubled full stop', () => {
    const cs = renderOrderNotification('delay_notice', sample({ locale: 'cs' }), 'sms').text
    expect(cs).toContain('Nový termín: 14. 1. Stav:')
    const pl = renderOrderNotification('delay_notice', sample(), 'sms').text
    expect(pl).toContain('Nowy termin: 14 sty. Status:')
  })

  it('drops the carrier, then the shop name, when a long name or link would need a third part', () => {
    const long = sample({
      trackingPageUrl: 'https://sklep-internetowy-elektromarket.example.pl/sledzenie/8f3k2m9q',
      branding: { ...sample().branding, shopName: 'Sklep Internetowy ElektroMarket' },
    })
    const { text } = renderOrderNotification('shipped', long, 'sms')
    expect(smsSegments(text).segments).toBeLessThanOrEqual(2)
    expect(text).toBe(
      'Zamówienie KK-10482 wysłane: https://sklep-internetowy-elektromarket.example.pl/sledzenie/8f3k2m9q',
    )
  })

  it('sends the shortest wording, link intact, when nothing fits', () => {
    const url = `https://example.pl/${'x'.repeat(200)}`
    const { text } = renderOrderNotification('shipped', sample({ trackingPageUrl: url }), 'sms')
    expect(text.endsWith(url)).toBe(true)
    expect(text).toBe(`Zamówienie KK-10482 wysłane: ${url}`)
  })
})
