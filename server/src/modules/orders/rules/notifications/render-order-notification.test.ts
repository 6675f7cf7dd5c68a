import { describe, expect, it } from 'vitest'
import { NOTIFICATION_KINDS } from './notification-kinds.js'
import { renderOrderNotification } from './render-order-notification.js'
import { sampleNotificationInput as sample } from './render-test-fixtures.js'

const email = (kind: (typeof NOTIFICATION_KINDS)[number], overrides = {}) =>
  renderOrderNotification(kind, sample(overrides), 'email')
const nbsp = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

describe('renderOrderNotification: e-mail', () => {
  it('writes Polish the way a Polish shop does', () => {
    const shipped = email('shipped')
    expect(shipped.subject).toBe('Twoje zamówienie nr KK-10482 zostało wysłane')
    expect(shipped.text.startsWith('Dzień dobry,\n\n')).toBe(true)
    expect(shipped.text).toContain('Przewoźnik: InPost')
    expect(shipped.text).toContain('Przewidywana dostawa: wtorek, 14 stycznia')
    expect(nbsp(shipped.text)).toContain('Razem: 219,97 zł')
    expect(shipped.text).toContain('Śledź przesyłkę: https://sklep.example.pl/t/8f3k2m9q')
    expect(shipped.text).toContain('Pozdrawiamy\nElektroMarket')
    expect(shipped.html).toContain('<html lang="pl">')
  })

  it('puts the seller’s accent colour on a localised tracking button', () => {
    const button = (html: string | null) =>
      /<a href="https:\/\/sklep\.example\.pl\/t\/8f3k2m9q" style="[^"]*background:#e11d48;[^"]*">([^<]+)<\/a>/.exec(
        html ?? '',
      )?.[1]
    expect(button(email('shipped').html)).toBe('Śledź przesyłkę')
    expect(button(email('shipped', { locale: 'en' }).html)).toBe('Track your parcel')
    expect(button(email('shipped', { locale: 'de-DE' }).html)).toBe('Sendung verfolgen')
    expect(button(email('out_for_delivery', { locale: 'cs' }).html)).toBe('Sledovat zásilku')
    // Before there is a parcel, and once it arrived, the button shows the order instead.
    expect(button(email('order_received', { shipment: null }).html)).toBe(
      'Sprawdź status zamówienia',
    )
    expect(button(email('delivered', { locale: 'en' }).html)).toBe('View order status')
  })

  it('addresses German buyers formally and continues the salutation in lower case', () => {
    const received = email('order_received', { locale: 'de', shipment: null })
    expect(received.subject).toBe('Wir haben Ihre Bestellung Nr. KK-10482 erhalten')
    expect(received.text).toMatch(/^Guten Tag Anna Kowalska,\n\nvielen Dank für Ihren Einkauf/)
    expect(nbsp(received.text)).toContain('Gesamtbetrag: 219,97 PLN')
    for (const kind of NOTIFICATION_KINDS) {
      const { text } = email(kind, { locale: 'de' })
      expect(text, kind).not.toMatch(/\b(du|dein|deine|dir|dich)\b/i)
      expect(text, kind).toContain('Mit freundlichen Grüßen\nElektroMarket')
    }
  })

  it('greets by name in English only when a name is known', () => {
    expect(email('delivered', { locale: 'en-GB' }).text).toMatch(/^Hello Anna Kowalska,/)
    expect(email('delivered', { locale: 'en', customerName: '  ' }).text).toMatch(/^Hello,\n/)
  })

  it('apologises for a delay, with the new date when known and the tracking link always', () => {
    const unshipped = email('delay_notice', { shipment: null })
    expect(unshipped.subject).toBe('Opóźnienie zamówienia nr KK-10482 – przepraszamy')
    expect(unshipped.text).toContain('nie zostało jeszcze wysłane')
    expect(unshipped.text).toContain('Nowy przewidywany termin dostawy: wtorek, 14 stycznia.')
    expect(unshipped.text).toContain('https://sklep.example.pl/t/8f3k2m9q')
    const order = { ...sample().order, expectedDeliveryAt: null }
    const open = email('delay_notice', { order, locale: 'en' })
    expect(open.text).toContain("We're sorry: your parcel with order KK-10482")
    expect(open.text).toContain("We'll let you know as soon as we know more.")
    expect(open.html).toContain('Track your parcel')
  })

  it('shows dates in the shop’s time zone, not the server’s', () => {
    // 23:30 UTC on the 14th is already Wednesday the 15th in Warsaw.
    const order = { ...sample().order, expectedDeliveryAt: new Date('2025-01-14T23:30:00Z') }
    expect(email('shipped', { order }).text).toContain('środa, 15 stycznia')
    const utc = { ...order, timeZone: 'UTC' }
    expect(email('shipped', { order: utc }).text).toContain('wtorek, 14 stycznia')
  })

  it('escapes every interpolated value and drops unsafe links and colours', () => {
    const hostile = sample({
      customerName: '"><img src=x onerror=alert(1)>',
      shipment: {
        carrierLabel: '<b>DPD</b>',
        trackingNumber: '1&2',
        trackingUrl: 'javascript:alert(1)',
      },
      branding: {
        shopName: '<script>alert("x")</script>',
        accentColor: 'red;background:url(https://evil)',
        logoUrl: 'javascript:alert(1)',
        footer: 'Linia 1\n<i>Linia 2</i>',
        replyToEmail: null,
      },
      order: { ...sample().order, items: [{ name: 'Kubek "Ala" & <Ola>', quantity: 1 }] },
      locale: 'en',
    })
    const { html, text } = renderOrderNotification('shipped', hostile, 'email')
    expect(html).not.toMatch(/<script|<img src=x|<b>DPD|<i>Linia|javascript:|evil/)
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
    expect(html).toContain('Kubek &quot;Ala&quot; &amp; &lt;Ola&gt;')
    expect(html).toContain('Linia 1<br>&lt;i&gt;Linia 2&lt;/i&gt;')
    expect(html).toContain('background:#2563eb;')
    // The plain-text part is not HTML: it keeps the characters as typed.
    expect(text).toContain('1 × Kubek "Ala" & <Ola>')
    expect(text).not.toContain('Any questions?')
  })

  it('shows the logo when it is an http(s) URL and lays out for narrow screens', () => {
    const branding = { ...sample().branding, logoUrl: 'https://cdn.example.pl/logo.png' }
    const { html } = email('shipped', { branding })
    expect(html).toContain('<img src="https://cdn.example.pl/logo.png" alt="ElektroMarket"')
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">')
    expect(html).toContain('max-width:600px')
    expect(html).not.toMatch(/<style|class=/)
  })

  it('writes dark text on a pale accent colour', () => {
    const branding = { ...sample().branding, accentColor: '#FDE047' }
    expect(email('shipped', { branding }).html).toMatch(/background:#fde047;color:#111827;/)
  })

  it('falls back to English for other languages and malformed locales', () => {
    expect(email('shipped', { locale: 'fr-FR' }).subject).toBe('Your order KK-10482 is on its way')
    expect(email('shipped', { locale: '!!' }).subject).toBe('Your order KK-10482 is on its way')
    expect(email('shipped', { locale: 'sk-SK' }).subject).toBe(
      'Vaša objednávka č. KK-10482 bola odoslaná',
    )
  })

  it('refuses a tracking page that is not an http(s) URL', () => {
    expect(() => email('shipped', { trackingPageUrl: 'javascript:alert(1)' })).toThrow(RangeError)
  })
})
