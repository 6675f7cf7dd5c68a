import { type CopyFacts, type NotificationCopy, withPeriod } from './notification-copy.js'

/** Slovak: "Dobrý deň", the buyer addressed with "vy"; text after the salutation starts capitalised (STN 01 6910). */
export const COPY_SK: NotificationCopy = {
  language: 'sk',
  subject: (f) =>
    ({
      order_received: `Prijali sme vašu objednávku č. ${f.orderNumber}`,
      shipped: `Vaša objednávka č. ${f.orderNumber} bola odoslaná`,
      out_for_delivery: `Vaša objednávka č. ${f.orderNumber} je dnes na ceste k vám`,
      delivered: `Objednávka č. ${f.orderNumber} bola doručená`,
      delay_notice: `Oneskorenie objednávky č. ${f.orderNumber} – ospravedlňujeme sa`,
    })[f.kind],
  greeting: () => 'Dobrý deň,',
  paragraphs: (f: CopyFacts) => {
    switch (f.kind) {
      case 'order_received':
        return [
          `Ďakujeme za nákup v obchode ${f.shopName}. Vašu objednávku č. ${f.orderNumber} sme prijali a práve ju pripravujeme.`,
          'Stav objednávky si môžete kedykoľvek skontrolovať.',
        ]
      case 'shipped':
        return [`Dobrá správa: vaša objednávka č. ${f.orderNumber} bola odoslaná.`]
      case 'out_for_delivery':
        return [
          `Zásielka s vašou objednávkou č. ${f.orderNumber} bola odovzdaná na doručenie a mala by k vám doraziť ešte dnes.`,
        ]
      case 'delivered':
        return [
          `Podľa informácií prepravcu bola vaša objednávka č. ${f.orderNumber} doručená. Dúfame, že je všetko v poriadku.`,
          'Ďakujeme za nákup!',
        ]
      case 'delay_notice':
        return [
          f.carrier
            ? `Ospravedlňujeme sa – zásielka s vašou objednávkou č. ${f.orderNumber} je na ceste dlhšie, než sme predpokladali.`
            : `Ospravedlňujeme sa – vašu objednávku č. ${f.orderNumber} sme zatiaľ neodoslali, pretože jej príprava trvá dlhšie, než sme predpokladali.`,
          f.expectedLong
            ? `Nový predpokladaný termín doručenia: ${withPeriod(f.expectedLong)}`
            : 'Hneď ako budeme vedieť viac, dáme vám vedieť.',
          'Aktuálny stav nájdete kedykoľvek na stránke sledovania. Za komplikácie sa ospravedlňujeme.',
        ]
    }
  },
  labels: {
    carrier: 'Prepravca',
    trackingNumber: 'Číslo zásielky',
    expectedDelivery: 'Predpokladané doručenie',
    summary: 'Zhrnutie objednávky',
    total: 'Spolu',
    trackParcel: 'Sledovať zásielku',
    orderStatus: 'Zobraziť stav objednávky',
    closing: 'S pozdravom',
  },
  questions: (email) =>
    `Máte otázku? Odpovedzte na tento e-mail alebo nám napíšte na adresu ${email}.`,
  sms: (f) => {
    const s = f.shopName
    const n = f.orderNumber
    switch (f.kind) {
      case 'order_received':
        return [
          `${s}: ďakujeme za objednávku č. ${n}. Stav objednávky: ${f.url}`,
          `${s}: ďakujeme za objednávku ${n}. ${f.url}`,
          `Objednávka ${n} prijatá: ${f.url}`,
        ]
      case 'shipped':
        return [
          `${s}: objednávka č. ${n} bola odoslaná${f.carrier ? ` (${f.carrier})` : ''}. Sledovať zásielku: ${f.url}`,
          `${s}: objednávka ${n} odoslaná. ${f.url}`,
          `Objednávka ${n} odoslaná: ${f.url}`,
        ]
      case 'out_for_delivery':
        return [
          `${s}: objednávka č. ${n} je dnes na ceste k vám. Sledovať: ${f.url}`,
          `${s}: objednávka ${n} dnes príde. ${f.url}`,
          `Objednávka ${n} dnes príde: ${f.url}`,
        ]
      case 'delivered':
        return [
          `${s}: objednávka č. ${n} bola doručená. Ďakujeme za nákup!`,
          `${s}: objednávka ${n} doručená. Ďakujeme!`,
          `Objednávka ${n} doručená. Ďakujeme!`,
        ]
      case 'delay_notice':
        return [
          `${s}: ospravedlňujeme sa, objednávka č. ${n} sa oneskorí.${f.expectedShort ? ` Nový termín: ${withPeriod(f.expectedShort)}` : ''} Stav: ${f.url}`,
          `${s}: objednávka ${n} sa oneskorí. ${f.url}`,
          `Objednávka ${n} sa oneskorí: ${f.url}`,
        ]
    }
  },
}
