import { type CopyFacts, type NotificationCopy, withPeriod } from './notification-copy.js'

const newDate = (f: CopyFacts) =>
  f.expectedLong
    ? `Nowy przewidywany termin dostawy: ${withPeriod(f.expectedLong)}`
    : 'Gdy tylko będziemy wiedzieć więcej, damy Ci znać.'

/** Polish: "Dzień dobry", the buyer addressed with "Ty", "zamówienie nr …". */
export const COPY_PL: NotificationCopy = {
  language: 'pl',
  subject: (f) =>
    ({
      order_received: `Otrzymaliśmy Twoje zamówienie nr ${f.orderNumber}`,
      shipped: `Twoje zamówienie nr ${f.orderNumber} zostało wysłane`,
      out_for_delivery: `Przesyłka z zamówieniem nr ${f.orderNumber} jest dziś w doręczeniu`,
      delivered: `Zamówienie nr ${f.orderNumber} zostało doręczone`,
      delay_notice: `Opóźnienie zamówienia nr ${f.orderNumber} – przepraszamy`,
    })[f.kind],
  // A vocative needs the buyer's gender and declension; the neutral greeting is the polite one.
  greeting: () => 'Dzień dobry,',
  paragraphs: (f) => {
    switch (f.kind) {
      case 'order_received':
        return [
          `dziękujemy za zakupy w sklepie ${f.shopName}. Otrzymaliśmy Twoje zamówienie nr ${f.orderNumber} i właśnie je przygotowujemy.`,
          'Status zamówienia możesz sprawdzić w każdej chwili.',
        ]
      case 'shipped':
        return [`dobra wiadomość: Twoje zamówienie nr ${f.orderNumber} zostało wysłane.`]
      case 'out_for_delivery':
        return [
          `przesyłka z Twoim zamówieniem nr ${f.orderNumber} została wydana do doręczenia i powinna dotrzeć do Ciebie jeszcze dziś.`,
        ]
      case 'delivered':
        return [
          `według informacji przewoźnika Twoje zamówienie nr ${f.orderNumber} zostało doręczone. Mamy nadzieję, że wszystko jest w porządku.`,
          'Dziękujemy za zakupy!',
        ]
      case 'delay_notice':
        return [
          f.carrier
            ? `przepraszamy – przesyłka z Twoim zamówieniem nr ${f.orderNumber} jest w drodze dłużej, niż planowaliśmy.`
            : `przepraszamy – Twoje zamówienie nr ${f.orderNumber} nie zostało jeszcze wysłane, ponieważ jego przygotowanie trwa dłużej, niż planowaliśmy.`,
          newDate(f),
          'Aktualny status sprawdzisz w każdej chwili na stronie śledzenia. Bardzo przepraszamy za niedogodności.',
        ]
    }
  },
  labels: {
    carrier: 'Przewoźnik',
    trackingNumber: 'Numer przesyłki',
    expectedDelivery: 'Przewidywana dostawa',
    summary: 'Podsumowanie zamówienia',
    total: 'Razem',
    trackParcel: 'Śledź przesyłkę',
    orderStatus: 'Sprawdź status zamówienia',
    closing: 'Pozdrawiamy',
  },
  questions: (email) =>
    `Masz pytania? Odpowiedz na tę wiadomość lub napisz do nas na adres ${email}.`,
  sms: (f) => {
    const s = f.shopName
    const n = f.orderNumber
    switch (f.kind) {
      case 'order_received':
        return [
          `${s}: dziękujemy za zamówienie nr ${n}. Status zamówienia: ${f.url}`,
          `${s}: dziękujemy za zamówienie ${n}. ${f.url}`,
          `Zamówienie ${n} przyjęte: ${f.url}`,
        ]
      case 'shipped':
        return [
          `${s}: zamówienie nr ${n} zostało wysłane${f.carrier ? ` (${f.carrier})` : ''}. Śledź przesyłkę: ${f.url}`,
          `${s}: zamówienie ${n} wysłane. Śledź: ${f.url}`,
          `Zamówienie ${n} wysłane: ${f.url}`,
        ]
      case 'out_for_delivery':
        return [
          `${s}: przesyłka z zamówieniem nr ${n} jest dziś w doręczeniu. Śledź: ${f.url}`,
          `${s}: zamówienie ${n} dziś w doręczeniu. ${f.url}`,
          `Zamówienie ${n} dziś w doręczeniu: ${f.url}`,
        ]
      case 'delivered':
        return [
          `${s}: zamówienie nr ${n} zostało doręczone. Dziękujemy za zakupy!`,
          `${s}: zamówienie ${n} doręczone. Dziękujemy!`,
          `Zamówienie ${n} doręczone. Dziękujemy!`,
        ]
      case 'delay_notice':
        return [
          `${s}: przepraszamy, zamówienie nr ${n} się opóźni.${f.expectedShort ? ` Nowy termin: ${withPeriod(f.expectedShort)}` : ''} Status: ${f.url}`,
          `${s}: przepraszamy, zamówienie ${n} się opóźni. ${f.url}`,
          `Zamówienie ${n} się opóźni, przepraszamy: ${f.url}`,
        ]
    }
  },
}
