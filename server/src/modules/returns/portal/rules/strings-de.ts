import type { PortalStrings } from './portal-strings.js'

const until = (deadline: string | null) => (deadline ? ` — bis ${deadline}` : '')

/** The portal in German; „u.p.k.“ is Polens Verbraucherrechtegesetz (Ustawa o prawach konsumenta). */
export const DE: PortalStrings = {
  portalTitle: 'Rücksendungen und Reklamationen',
  lookupTitle: 'Rücksendung oder Reklamation',
  lookupIntro: 'Geben Sie Ihre Bestellnummer und die E-Mail-Adresse der Bestellung ein.',
  orderNumber: 'Bestellnummer',
  email: 'E-Mail',
  findOrder: 'Bestellung finden',
  lookupFailed:
    'Wir finden keine Bestellung mit dieser Nummer und E-Mail-Adresse. Prüfen Sie beides — die Nummer steht in der Bestellbestätigung.',
  lookupIncomplete: 'Geben Sie Bestellnummer und E-Mail-Adresse ein.',
  portalClosedTitle: 'Rücksendung über den Händler',
  portalClosed:
    'Dieser Shop bearbeitet Rücksendungen und Reklamationen direkt — schreiben Sie dem Händler, er sagt Ihnen, wie Sie den Artikel zurückschicken.',
  order: (number) => `Bestellung ${number}`,
  chooseTitle: 'Was möchten Sie zurücksenden oder reklamieren?',
  chooseIntro: 'Markieren Sie die Artikel und wählen Sie, worum es geht.',
  quantity: 'Menge',
  sealedQuestion: 'Haben Sie das Siegel entfernt oder die versiegelte Verpackung geöffnet?',
  sealedYes: 'Ja, geöffnet',
  sealedNo: 'Nein, versiegelt',
  kindQuestion: 'Art der Anfrage',
  kinds: {
    withdrawal: {
      label: 'Rücksendung (Widerruf)',
      hint: 'Sie treten ohne Angabe von Gründen vom Kauf zurück — meist binnen 14 Tagen nach Erhalt.',
    },
    complaint: {
      label: 'Reklamation',
      hint: 'Der Artikel ist defekt, beschädigt oder entspricht nicht der Beschreibung.',
    },
  },
  continue: 'Weiter',
  pickItem: 'Markieren Sie mindestens einen Artikel.',
  pickKind: 'Wählen Sie Rücksendung oder Reklamation.',
  notReturnable: 'Diese Bestellung wurde storniert — es gibt nichts zurückzusenden.',
  existingCases: 'Ihre Anfragen zu dieser Bestellung',
  eligibilityTitle: 'Können Sie das einreichen?',
  eligible: 'Möglich',
  notEligible: 'Keine Rücksendung möglich',
  decisionAccept: {
    withdrawal: 'Sie können für die markierten Artikel widerrufen.',
    complaint: 'Sie können eine Reklamation einreichen.',
  },
  decisionRefuse: {
    withdrawal: 'Diese Artikel können nicht per Widerruf zurückgesendet werden.',
    complaint: 'Diese Reklamation können wir nicht annehmen.',
  },
  complaintInstead:
    'Ist der Artikel defekt oder entspricht er nicht der Beschreibung, können Sie trotzdem reklamieren — die Ausnahmen vom Widerruf gelten dafür nicht.',
  complaintInsteadButton: 'Reklamation einreichen',
  detailsTitle: 'Angaben',
  reasonLabel: 'Grund',
  reasons: {
    changed_mind: 'Es gefällt mir nicht mehr',
    wrong_size: 'Falsche Größe',
    not_as_described: 'Nicht wie beschrieben',
    wrong_item: 'Falscher Artikel geliefert',
    damaged_in_transit: 'Beim Transport beschädigt',
    defective: 'Defekt',
    stopped_working: 'Funktioniert nicht mehr',
    missing_parts: 'Teile fehlen',
    late_delivery: 'Zu spät geliefert',
    other: 'Anderer Grund',
  },
  descriptionLabel: 'Beschreibung',
  descriptionHint: {
    withdrawal: 'Optional: alles, was der Händler wissen sollte.',
    complaint: 'Beschreiben Sie den Mangel: was passiert, seit wann, in welchen Situationen.',
  },
  remedyLabel: 'Was verlangen Sie?',
  remedyOrder:
    'Nach dem Gesetz verlangen Sie zuerst Reparatur oder Ersatz. Minderung oder Rücktritt sind möglich, wenn der Händler Reparatur oder Ersatz verweigert oder nicht schafft, der Mangel wiederkehrt oder so schwer ist, dass dies sofort gerechtfertigt ist (Art. 43d–43e u.p.k.). Bei einem unerheblichen Mangel ist kein Rücktritt möglich.',
  remedies: {
    repair: 'Reparatur',
    replacement: 'Ersatz durch einen neuen Artikel',
    price_reduction: 'Preisminderung',
    withdrawal: 'Rücktritt (Geld zurück)',
  },
  photosLabel: 'Fotos',
  photosHint: (max, megabytes) =>
    `Bis zu ${max} Fotos (JPEG, PNG oder WebP), je bis ${megabytes} MB. Bei einer Reklamation zeigen Sie den Mangel.`,
  emailLabel: 'Kontakt-E-Mail (optional)',
  emailHintOrder: (masked) =>
    `Wir antworten an die Adresse der Bestellung (${masked}), außer Sie geben eine andere an.`,
  emailHintNone: 'Geben Sie an, wohin wir Bestätigung und Antwort senden sollen.',
  submit: { withdrawal: 'Rücksendung anmelden', complaint: 'Reklamation einreichen' },
  changeSelection: 'Auswahl ändern',
  issues: {
    items_required: 'Markieren Sie mindestens einen Artikel.',
    kind_required: 'Wählen Sie Rücksendung oder Reklamation.',
    reason_required: 'Wählen Sie einen Grund.',
    description_too_long: 'Die Beschreibung darf höchstens 5000 Zeichen lang sein.',
    description_required:
      'Beschreiben Sie den Mangel — der Händler braucht das für die Reklamation.',
    remedy_required: 'Wählen Sie, was Sie verlangen.',
    email_invalid: 'Das sieht nicht wie eine E-Mail-Adresse aus.',
    email_required: 'Geben Sie eine E-Mail-Adresse an, damit wir antworten können.',
    photos_too_many: 'Sie können höchstens 5 Fotos hinzufügen.',
    photo_too_large: 'Ein Foto ist zu groß — jedes darf höchstens 8 MB haben.',
    photo_type: 'Diese Datei ist kein JPEG-, PNG- oder WebP-Foto.',
    photos_required: 'Wählen Sie mindestens ein Foto.',
    form_expired: 'Das Formular ist abgelaufen — bitte wählen Sie die Artikel erneut.',
  },
  explain: {
    period_expired: ({ deadline }) =>
      deadline
        ? `Die Widerrufsfrist endete am ${deadline} (14 Tage ab Erhalt, Art. 27 u.p.k.).`
        : 'Die Widerrufsfrist (14 Tage ab Erhalt, Art. 27 u.p.k.) ist abgelaufen.',
    liability_expired: ({ deadline }) =>
      `Der Händler haftet für Mängel, die sich binnen 2 Jahren nach Lieferung zeigen (Art. 43b u.p.k.)${deadline ? `; diese Frist endete am ${deadline}` : ' — diese Frist ist abgelaufen'}.`,
    no_statutory_right: () =>
      'Das gesetzliche Widerrufsrecht haben Verbraucher; bei einem Kauf als Unternehmen gelten die Bedingungen des Händlers.',
    exception_personalized: () =>
      'Nach Ihren Vorgaben angefertigte oder personalisierte Artikel sind vom Widerruf ausgeschlossen (Art. 38 Abs. 1 Nr. 3 u.p.k.).',
    exception_perishable: () =>
      'Schnell verderbliche Artikel oder solche mit kurzer Haltbarkeit sind vom Widerruf ausgeschlossen (Art. 38 Abs. 1 Nr. 4 u.p.k.).',
    exception_sealed_hygiene: () =>
      'Der Artikel wurde versiegelt geliefert und kann aus Gesundheits- oder Hygienegründen nach dem Öffnen nicht zurückgegeben werden (Art. 38 Abs. 1 Nr. 5 u.p.k.).',
    exception_sealed_media: () =>
      'Versiegelte Ton- oder Videoaufnahmen und Software sind nach dem Entsiegeln vom Widerruf ausgeschlossen (Art. 38 Abs. 1 Nr. 9 u.p.k.).',
    exception_newspaper: () =>
      'Zeitungen, Zeitschriften und Illustrierte sind vom Widerruf ausgeschlossen (Art. 38 Abs. 1 Nr. 10 u.p.k.).',
    exception_mixed: () =>
      'Artikel, die nach der Lieferung untrennbar mit anderen Gütern vermischt wurden, sind vom Widerruf ausgeschlossen (Art. 38 Abs. 1 Nr. 6 u.p.k.).',
    no_nonconformity: () =>
      'Wir haben den Artikel geprüft und keine Vertragswidrigkeit festgestellt (Art. 43b u.p.k.).',
    damage_caused_by_buyer: () =>
      'Der Schaden ist nach der Lieferung entstanden (z. B. durch einen Stoß oder unsachgemäßen Gebrauch) und ist daher kein Mangel, für den der Verkäufer haftet (Art. 43b u.p.k.).',
    within_statutory_period: ({ deadline }) =>
      `Sie sind innerhalb der 14-tägigen Widerrufsfrist${until(deadline)} (Art. 27 u.p.k.).`,
    within_seller_period: ({ deadline }) =>
      `Der Shop gibt Ihnen mehr Zeit für die Rücksendung als das Gesetz${until(deadline)}.`,
    within_programme_period: ({ deadline }) =>
      `Das Rückgabeprogramm des Marktplatzes gibt Ihnen mehr Zeit als das Gesetz${until(deadline)}.`,
    extended_not_informed: ({ deadline }) =>
      `Sie wurden nicht über das Widerrufsrecht belehrt, daher verlängert sich die Frist um 12 Monate${until(deadline)} (Art. 29 Abs. 1 u.p.k.).`,
    information_given_late: ({ deadline }) =>
      `Die Widerrufsbelehrung kam später, daher zählen die 14 Tage ab diesem Tag${until(deadline)} (Art. 29 Abs. 2 u.p.k.).`,
    within_liability: ({ deadline }) =>
      `Der Händler haftet für Mängel, die sich binnen 2 Jahren nach Lieferung zeigen${until(deadline)} (Art. 43b u.p.k.).`,
    regime_consumer_rights_2023: () =>
      'Wir bearbeiten die Reklamation nach dem Verbraucherrechtegesetz (Kapitel 5a).',
    regime_civil_code_warranty: () =>
      'Bestellt vor 2023: Wir bearbeiten die Reklamation nach der Gewährleistung des Zivilgesetzbuchs (rękojmia).',
    regime_civil_code_b2b: () =>
      'Kauf als Unternehmen: Wir bearbeiten die Reklamation nach dem Zivilgesetzbuch und dem Vertrag.',
    partial_exception: () =>
      'Einige Artikel sind vom Widerruf ausgeschlossen — siehe die einzelnen Artikel.',
  },
  returnGoodsBy: (date) => `Senden Sie die Artikel bis ${date} zurück (Art. 34 u.p.k.).`,
  refundBy: (date) => `Erstattung spätestens am ${date} (Art. 32 u.p.k.).`,
  respondBy: (date) => `Wir beantworten Ihre Reklamation bis ${date}.`,
  deemedAccepted: (date) =>
    `Antworten wir nicht bis ${date}, gilt Ihre Reklamation als anerkannt (Art. 7a u.p.k.).`,
  statusTitle: (number) => `Anfrage ${number}`,
  statusWords: {
    new: 'Eingegangen — wartet auf Bearbeitung',
    awaiting_item: 'Wir warten auf Ihr Paket',
    received: 'Der Artikel ist beim Shop angekommen',
    inspected: 'Der Artikel wurde geprüft',
    accepted: 'Anerkannt',
    refused: 'Abgelehnt',
    resolved: 'Abgeschlossen',
  },
  kindName: { withdrawal: 'Rücksendung', complaint: 'Reklamation' },
  itemsTitle: 'Artikel',
  deadlinesTitle: 'Fristen',
  decisionTitle: 'Entscheidung',
  decisionAccepted: 'Ihre Anfrage wurde anerkannt.',
  decisionRefused: 'Ihre Anfrage wurde abgelehnt.',
  refundTitle: 'Erstattung',
  refundStates: {
    pending: 'In Vorbereitung',
    requested: 'Beauftragt',
    done: 'Ausgezahlt',
    failed: 'In Bearbeitung — der Shop wiederholt die Zahlung',
  },
  returnAddressTitle: 'Wohin Sie den Artikel senden',
  historyTitle: 'Verlauf',
  events: {
    opened: 'Anfrage eingegangen',
    item_requested: 'Der Shop bittet um Rücksendung des Artikels',
    received: 'Der Artikel ist beim Shop angekommen',
    accepted: 'Anfrage anerkannt',
    refused: 'Anfrage abgelehnt',
    refund_done: 'Geld erstattet',
    replacement_sent: 'Ersatz verschickt',
    repair_done: 'Artikel repariert',
    deemed_accepted: 'Reklamation anerkannt — keine Antwort in der Frist (Art. 7a u.p.k.)',
  },
  customerEvent: 'Ihre Ergänzung',
  photoEvent: 'Sie haben ein Foto hinzugefügt',
  addPhotos: 'Fotos hinzufügen',
  uploadPhotos: 'Fotos hochladen',
  photosAdded: (count) => (count === 1 ? '1 Foto hinzugefügt.' : `${count} Fotos hinzugefügt.`),
  created: 'Fertig! Ihre Anfrage ist eingegangen — die Bestätigung kam per E-Mail.',
  tooManyTitle: 'Zu viele Versuche',
  tooMany: (minutes) => `Bitte versuchen Sie es in ${minutes} Min. erneut.`,
  caseNotFoundTitle: 'Wir finden diese Anfrage nicht',
  caseNotFound: 'Prüfen Sie, ob der Link derselbe ist wie in der Nachricht des Shops.',
  backToOrder: 'Zurück zur Bestellung',
  toTracking: 'Sendungsverfolgung',
}
