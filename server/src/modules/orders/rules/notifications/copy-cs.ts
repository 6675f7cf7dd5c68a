import { type CopyFacts, type NotificationCopy, withPeriod } from './notification-copy.js'

/** Czech: "Dobrý den", the buyer addressed with "vy"; text after the salutation starts capitalised (ČSN 01 6910). */
export const COPY_CS: NotificationCopy = {
  language: 'cs',
  subject: (f) =>
    ({
      order_received: `Přijali jsme vaši objednávku č. ${f.orderNumber}`,
      shipped: `Vaše objednávka č. ${f.orderNumber} byla odeslána`,
      out_for_delivery: `Vaše objednávka č. ${f.orderNumber} je dnes na cestě k vám`,
      delivered: `Objednávka č. ${f.orderNumber} byla doručena`,
      delay_notice: `Zpoždění objednávky č. ${f.orderNumber} – omlouváme se`,
    })[f.kind],
  greeting: () => 'Dobrý den,',
  paragraphs: (f: CopyFacts) => {
    switch (f.kind) {
      case 'order_received':
        return [
          `Děkujeme za nákup v obchodě ${f.shopName}. Vaši objednávku č. ${f.orderNumber} jsme přijali a právě ji připravujeme.`,
          'Stav objednávky si můžete kdykoli zkontrolovat.',
        ]
      case 'shipped':
        return [`Dobrá zpráva: vaše objednávka č. ${f.orderNumber} byla odeslána.`]
      case 'out_for_delivery':
        return [
          `Zásilka s vaší objednávkou č. ${f.orderNumber} byla předána k doručení a měla by k vám dorazit ještě dnes.`,
        ]
      case 'delivered':
        return [
          `Podle informací dopravce byla vaše objednávka č. ${f.orderNumber} doručena. Doufáme, že je vše v pořádku.`,
          'Děkujeme za nákup!',
        ]
      case 'delay_notice':
        return [
          f.carrier
            ? `Omlouváme se – zásilka s vaší objednávkou č. ${f.orderNumber} je na cestě déle, než jsme předpokládali.`
            : `Omlouváme se – vaši objednávku č. ${f.orderNumber} jsme zatím neodeslali, protože její příprava trvá déle, než jsme předpokládali.`,
          f.expectedLong
            ? `Nový předpokládaný termín doručení: ${withPeriod(f.expectedLong)}`
            : 'Jakmile budeme vědět víc, dáme vám vědět.',
          'Aktuální stav najdete kdykoli na stránce sledování. Za komplikace se omlouváme.',
        ]
    }
  },
  labels: {
    carrier: 'Dopravce',
    trackingNumber: 'Číslo zásilky',
    expectedDelivery: 'Předpokládané doručení',
    summary: 'Shrnutí objednávky',
    total: 'Celkem',
    trackParcel: 'Sledovat zásilku',
    orderStatus: 'Zobrazit stav objednávky',
    closing: 'S pozdravem',
  },
  questions: (email) =>
    `Máte dotaz? Odpovězte na tento e-mail nebo nám napište na adresu ${email}.`,
  sms: (f) => {
    const s = f.shopName
    const n = f.orderNumber
    switch (f.kind) {
      case 'order_received':
        return [
          `${s}: děkujeme za objednávku č. ${n}. Stav objednávky: ${f.url}`,
          `${s}: děkujeme za objednávku ${n}. ${f.url}`,
          `Objednávka ${n} přijata: ${f.url}`,
        ]
      case 'shipped':
        return [
          `${s}: objednávka č. ${n} byla odeslána${f.carrier ? ` (${f.carrier})` : ''}. Sledovat zásilku: ${f.url}`,
          `${s}: objednávka ${n} odeslána. ${f.url}`,
          `Objednávka ${n} odeslána: ${f.url}`,
        ]
      case 'out_for_delivery':
        return [
          `${s}: objednávka č. ${n} je dnes na cestě k vám. Sledovat: ${f.url}`,
          `${s}: objednávka ${n} dnes dorazí. ${f.url}`,
          `Objednávka ${n} dnes dorazí: ${f.url}`,
        ]
      case 'delivered':
        return [
          `${s}: objednávka č. ${n} byla doručena. Děkujeme za nákup!`,
          `${s}: objednávka ${n} doručena. Děkujeme!`,
          `Objednávka ${n} doručena. Děkujeme!`,
        ]
      case 'delay_notice':
        return [
          `${s}: omlouváme se, objednávka č. ${n} se zpozdí.${f.expectedShort ? ` Nový termín: ${withPeriod(f.expectedShort)}` : ''} Stav: ${f.url}`,
          `${s}: objednávka ${n} se zpozdí. ${f.url}`,
          `Objednávka ${n} se zpozdí: ${f.url}`,
        ]
    }
  },
}
