import { type CopyFacts, type NotificationCopy, withPeriod } from './notification-copy.js'

/**
 * German, in the Sie form. After "Guten Tag …," the letter continues in lower case (DIN 5008
 * convention), so each first paragraph starts with a lower-case word or with "Ihre".
 */
export const COPY_DE: NotificationCopy = {
  language: 'de',
  subject: (f) =>
    ({
      order_received: `Wir haben Ihre Bestellung Nr. ${f.orderNumber} erhalten`,
      shipped: `Ihre Bestellung Nr. ${f.orderNumber} wurde versandt`,
      out_for_delivery: `Ihre Bestellung Nr. ${f.orderNumber} wird heute zugestellt`,
      delivered: `Ihre Bestellung Nr. ${f.orderNumber} wurde zugestellt`,
      delay_notice: `Verzögerung bei Ihrer Bestellung Nr. ${f.orderNumber}`,
    })[f.kind],
  greeting: (f) => (f.customerName ? `Guten Tag ${f.customerName},` : 'Guten Tag,'),
  paragraphs: (f: CopyFacts) => {
    switch (f.kind) {
      case 'order_received':
        return [
          `vielen Dank für Ihren Einkauf bei ${f.shopName}. Wir haben Ihre Bestellung Nr. ${f.orderNumber} erhalten und bereiten sie gerade vor.`,
          'Den Status Ihrer Bestellung können Sie jederzeit abrufen.',
        ]
      case 'shipped':
        return [`gute Nachrichten: Ihre Bestellung Nr. ${f.orderNumber} ist auf dem Weg zu Ihnen.`]
      case 'out_for_delivery':
        return [
          `Ihre Sendung zur Bestellung Nr. ${f.orderNumber} ist in der Zustellung und sollte Sie heute erreichen.`,
        ]
      case 'delivered':
        return [
          `laut Versanddienstleister wurde Ihre Bestellung Nr. ${f.orderNumber} zugestellt. Wir hoffen, dass alles in Ordnung ist.`,
          'Vielen Dank für Ihren Einkauf!',
        ]
      case 'delay_notice':
        return [
          f.carrier
            ? `leider ist Ihre Sendung zur Bestellung Nr. ${f.orderNumber} länger unterwegs als geplant. Bitte entschuldigen Sie die Verzögerung.`
            : `leider konnten wir Ihre Bestellung Nr. ${f.orderNumber} noch nicht versenden, da die Bearbeitung länger dauert als geplant. Bitte entschuldigen Sie die Verzögerung.`,
          f.expectedLong
            ? `Neuer voraussichtlicher Liefertermin: ${withPeriod(f.expectedLong)}`
            : 'Sobald wir mehr wissen, melden wir uns bei Ihnen.',
          'Den aktuellen Stand sehen Sie jederzeit auf der Seite zur Sendungsverfolgung. Wir bitten um Ihr Verständnis.',
        ]
    }
  },
  labels: {
    carrier: 'Versanddienstleister',
    trackingNumber: 'Sendungsnummer',
    expectedDelivery: 'Voraussichtliche Zustellung',
    summary: 'Ihre Bestellung im Überblick',
    total: 'Gesamtbetrag',
    trackParcel: 'Sendung verfolgen',
    orderStatus: 'Bestellstatus ansehen',
    closing: 'Mit freundlichen Grüßen',
  },
  questions: (email) =>
    `Haben Sie Fragen? Antworten Sie einfach auf diese E-Mail oder schreiben Sie uns an ${email}.`,
  sms: (f) => {
    const s = f.shopName
    const n = f.orderNumber
    switch (f.kind) {
      case 'order_received':
        return [
          `${s}: Vielen Dank für Ihre Bestellung Nr. ${n}. Status: ${f.url}`,
          `${s}: Danke für Ihre Bestellung ${n}. ${f.url}`,
          `Bestellung ${n} erhalten: ${f.url}`,
        ]
      case 'shipped':
        return [
          `${s}: Ihre Bestellung Nr. ${n} wurde${f.carrier ? ` mit ${f.carrier}` : ''} versandt. Sendung verfolgen: ${f.url}`,
          `${s}: Bestellung ${n} versandt. ${f.url}`,
          `Bestellung ${n} versandt: ${f.url}`,
        ]
      case 'out_for_delivery':
        return [
          `${s}: Ihre Bestellung Nr. ${n} wird heute zugestellt. Sendung verfolgen: ${f.url}`,
          `${s}: Bestellung ${n} kommt heute. ${f.url}`,
          `Bestellung ${n} kommt heute: ${f.url}`,
        ]
      case 'delivered':
        return [
          `${s}: Ihre Bestellung Nr. ${n} wurde zugestellt. Vielen Dank für Ihren Einkauf!`,
          `${s}: Bestellung ${n} zugestellt. Danke!`,
          `Bestellung ${n} zugestellt. Danke!`,
        ]
      case 'delay_notice':
        return [
          `${s}: Ihre Bestellung Nr. ${n} verzögert sich leider, bitte entschuldigen Sie.${f.expectedShort ? ` Neuer Termin: ${withPeriod(f.expectedShort)}` : ''} Status: ${f.url}`,
          `${s}: Bestellung ${n} verzögert sich leider. ${f.url}`,
          `Bestellung ${n} verzögert sich: ${f.url}`,
        ]
    }
  },
}
