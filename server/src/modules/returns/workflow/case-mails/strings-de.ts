import type { CaseMailStrings } from './mail-data.js'

const date = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`

/** German wording of the case e-mails. */
export const caseMailDe: CaseMailStrings = {
  subject: {
    opened: 'Wir haben Ihre Anfrage erhalten',
    item_requested: 'So senden Sie den Artikel zurück',
    received: 'Ihre Rücksendung ist angekommen',
    accepted: 'Ihre Anfrage wurde angenommen',
    refused: 'Unsere Antwort auf Ihre Anfrage',
    refunded: 'Wir haben Ihnen den Betrag erstattet',
    replacement: 'Ihr Ersatzartikel ist unterwegs',
    repair: 'Ihr Artikel wurde repariert',
  },
  greeting: 'Guten Tag,',
  caseLine: (d) =>
    `betrifft: ${d.caseKind === 'withdrawal' ? 'Rücksendung' : 'Reklamation'} ${d.caseNumber}${d.orderNumber ? `, Bestellung ${d.orderNumber}` : ''} (${d.items.join(', ')}).`,
  body: {
    opened: (d) => [
      `vielen Dank — wir haben Ihre ${d.caseKind === 'withdrawal' ? 'Rücksendung' : 'Reklamation'} erhalten.`,
      d.respondBy
        ? `Wir antworten spätestens am ${date(d.respondBy)}. Antworten wir nicht fristgerecht, gilt Ihre Reklamation als anerkannt (Art. 7a des polnischen Verbraucherrechtegesetzes).`
        : d.returnGoodsBy
          ? `Bitte senden Sie den Artikel bis zum ${date(d.returnGoodsBy)} zurück.`
          : 'Wir melden uns mit den nächsten Schritten.',
    ],
    item_requested: (d) => [
      `bitte senden Sie den Artikel${d.returnGoodsBy ? ` bis zum ${date(d.returnGoodsBy)}` : ''} zurück.`,
      ...(d.returnAddress ? [`Rücksendeadresse: ${d.returnAddress}`] : []),
      ...(d.instructions ? [d.instructions] : []),
    ],
    received: () => [
      'Ihre Rücksendung ist bei uns angekommen. Wir prüfen sie und melden uns in Kürze.',
    ],
    accepted: (d) => [
      `wir haben Ihre Anfrage angenommen. Lösung: ${d.remedy ? caseMailDe.remedy[d.remedy] : 'Erstattung'}.`,
      ...(d.refundAmount && d.refundBy
        ? [`Wir erstatten ${d.refundAmount} bis spätestens ${date(d.refundBy)}.`]
        : []),
    ],
    refused: (d) => [
      'vielen Dank für Ihre Geduld. Nach sorgfältiger Prüfung können wir Ihre Anfrage leider nicht annehmen.',
      ...d.grounds.map((ground) => `• ${ground}`),
      ...(d.justification ? ['Begründung:', d.justification] : []),
      'Wenn Sie anderer Meinung sind, antworten Sie einfach auf diese E-Mail — wir erklären es gern.',
    ],
    refunded: (d) => [
      `wir haben ${d.refundAmount ?? 'den fälligen Betrag'} erstattet. Das Geld sollte in wenigen Tagen auf Ihrem Konto sein.`,
    ],
    replacement: () => ['wir haben Ihnen einen neuen, mangelfreien Artikel geschickt.'],
    repair: () => ['Ihr Artikel wurde repariert und ist auf dem Rückweg zu Ihnen.'],
  },
  remedy: {
    repair: 'Reparatur',
    replacement: 'Ersatzlieferung',
    price_reduction: 'Preisminderung',
    withdrawal: 'Rücktritt vom Vertrag und Erstattung',
    refund: 'Erstattung',
  },
  statusLink: 'Den Stand Ihrer Anfrage sehen Sie hier:',
  signOff: (shop) => `Mit freundlichen Grüßen\n${shop}`,
  date,
}
