import type { CaseMailStrings } from './mail-data.js'

const date = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`
const kindOf = (kind: 'withdrawal' | 'complaint') =>
  kind === 'withdrawal' ? 'zwrot' : 'reklamację'

/** Polish wording of the case e-mails. */
export const caseMailPl: CaseMailStrings = {
  subject: {
    opened: 'Otrzymaliśmy Twoje zgłoszenie',
    item_requested: 'Jak odesłać produkt',
    received: 'Paczka zwrotna dotarła',
    accepted: 'Twoje zgłoszenie zostało przyjęte',
    refused: 'Odpowiedź na Twoje zgłoszenie',
    refunded: 'Zwróciliśmy pieniądze',
    replacement: 'Wysłaliśmy nowy produkt',
    repair: 'Produkt został naprawiony',
  },
  greeting: 'Dzień dobry,',
  caseLine: (d) =>
    `dotyczy: ${d.caseKind === 'withdrawal' ? 'zwrot' : 'reklamacja'} ${d.caseNumber}${d.orderNumber ? `, zamówienie ${d.orderNumber}` : ''} (${d.items.join(', ')}).`,
  body: {
    opened: (d) => [
      `dziękujemy — przyjęliśmy Twoje zgłoszenie (${kindOf(d.caseKind)}).`,
      d.respondBy
        ? `Odpowiemy najpóźniej ${date(d.respondBy)}. Jeśli nie odpowiemy w tym terminie, reklamację uważa się za uznaną (art. 7a ustawy o prawach konsumenta).`
        : d.returnGoodsBy
          ? `Produkt odeślij najpóźniej ${date(d.returnGoodsBy)}.`
          : 'Damy znać, co dalej.',
    ],
    item_requested: (d) => [
      `prosimy o odesłanie produktu${d.returnGoodsBy ? ` najpóźniej ${date(d.returnGoodsBy)}` : ''}.`,
      ...(d.returnAddress ? [`Adres do zwrotu: ${d.returnAddress}`] : []),
      ...(d.instructions ? [d.instructions] : []),
    ],
    received: () => ['Twoja paczka zwrotna do nas dotarła. Sprawdzimy ją i wkrótce się odezwiemy.'],
    accepted: (d) => [
      `przyjęliśmy Twoje zgłoszenie. Sposób załatwienia: ${d.remedy ? caseMailPl.remedy[d.remedy] : 'zwrot pieniędzy'}.`,
      ...(d.refundAmount && d.refundBy
        ? [`Zwrócimy ${d.refundAmount} najpóźniej ${date(d.refundBy)}.`]
        : []),
    ],
    refused: (d) => [
      'dziękujemy za cierpliwość. Po dokładnym sprawdzeniu nie możemy niestety przyjąć Twojego zgłoszenia.',
      ...d.grounds.map((ground) => `• ${ground}`),
      ...(d.justification ? ['Uzasadnienie:', d.justification] : []),
      'Jeśli się z tym nie zgadzasz, odpowiedz na tę wiadomość — chętnie wyjaśnimy. Możesz też skorzystać z pomocy rzecznika konsumentów.',
    ],
    refunded: (d) => [
      `zwróciliśmy ${d.refundAmount ?? 'należną kwotę'}. Pieniądze powinny być na koncie w ciągu kilku dni.`,
    ],
    replacement: () => ['wysłaliśmy do Ciebie nowy, wolny od wad produkt.'],
    repair: () => ['produkt został naprawiony i wraca do Ciebie.'],
  },
  remedy: {
    repair: 'naprawa',
    replacement: 'wymiana na nowy',
    price_reduction: 'obniżenie ceny',
    withdrawal: 'odstąpienie od umowy i zwrot pieniędzy',
    refund: 'zwrot pieniędzy',
  },
  statusLink: 'Status zgłoszenia sprawdzisz tutaj:',
  signOff: (shop) => `Pozdrawiamy,\n${shop}`,
  date,
}
