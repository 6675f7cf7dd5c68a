import type { PortalStrings } from './portal-strings.js'

const until = (deadline: string | null) => (deadline ? ` — do ${deadline}` : '')

/** The portal in Polish; the statute named is the Ustawa o prawach konsumenta (u.p.k.). */
export const PL: PortalStrings = {
  portalTitle: 'Zwroty i reklamacje',
  lookupTitle: 'Zwrot lub reklamacja',
  lookupIntro: 'Podaj numer zamówienia i adres e-mail, którego użyto przy zakupie.',
  orderNumber: 'Numer zamówienia',
  email: 'E-mail',
  findOrder: 'Znajdź zamówienie',
  lookupFailed:
    'Nie znaleźliśmy zamówienia o tym numerze i adresie e-mail. Sprawdź oba pola — numer znajdziesz w potwierdzeniu zamówienia.',
  lookupIncomplete: 'Wpisz numer zamówienia i adres e-mail.',
  portalClosedTitle: 'Zwroty przez kontakt ze sklepem',
  portalClosed:
    'Ten sklep przyjmuje zwroty i reklamacje bezpośrednio — napisz do sprzedawcy, odpowie, jak odesłać produkt.',
  order: (number) => `Zamówienie ${number}`,
  chooseTitle: 'Co chcesz zwrócić lub zareklamować?',
  chooseIntro: 'Zaznacz produkty i wybierz, czego dotyczy zgłoszenie.',
  quantity: 'Ilość',
  sealedQuestion: 'Czy zdjęto plombę lub otwarto zapieczętowane opakowanie?',
  sealedYes: 'Tak, otwarte',
  sealedNo: 'Nie, zapieczętowane',
  kindQuestion: 'Rodzaj zgłoszenia',
  kinds: {
    withdrawal: {
      label: 'Zwrot (odstąpienie od umowy)',
      hint: 'Rezygnujesz z zakupu bez podawania przyczyny — zwykle w ciągu 14 dni od otrzymania.',
    },
    complaint: {
      label: 'Reklamacja',
      hint: 'Produkt jest wadliwy, uszkodzony lub niezgodny z opisem.',
    },
  },
  continue: 'Dalej',
  pickItem: 'Zaznacz co najmniej jeden produkt.',
  pickKind: 'Wybierz zwrot albo reklamację.',
  notReturnable: 'To zamówienie zostało anulowane — nie ma czego zwracać.',
  existingCases: 'Twoje zgłoszenia do tego zamówienia',
  eligibilityTitle: 'Czy możesz to zgłosić?',
  eligible: 'Można zgłosić',
  notEligible: 'Nie można zwrócić',
  decisionAccept: {
    withdrawal: 'Możesz odstąpić od umowy dla zaznaczonych produktów.',
    complaint: 'Możesz złożyć reklamację.',
  },
  decisionRefuse: {
    withdrawal: 'Tych produktów nie można zwrócić w ramach odstąpienia od umowy.',
    complaint: 'Tej reklamacji nie możemy przyjąć.',
  },
  complaintInstead:
    'Jeśli produkt jest wadliwy lub niezgodny z opisem, nadal możesz złożyć reklamację — wyjątki od zwrotu jej nie dotyczą.',
  complaintInsteadButton: 'Złóż reklamację',
  detailsTitle: 'Szczegóły zgłoszenia',
  reasonLabel: 'Powód',
  reasons: {
    changed_mind: 'Rozmyśliłem/-am się',
    wrong_size: 'Zły rozmiar',
    not_as_described: 'Niezgodny z opisem',
    wrong_item: 'Otrzymano inny produkt',
    damaged_in_transit: 'Uszkodzony w transporcie',
    defective: 'Wadliwy',
    stopped_working: 'Przestał działać',
    missing_parts: 'Brakuje części',
    late_delivery: 'Dostarczony za późno',
    other: 'Inny powód',
  },
  descriptionLabel: 'Opis',
  descriptionHint: {
    withdrawal: 'Opcjonalnie: cokolwiek, co powinien wiedzieć sprzedawca.',
    complaint: 'Opisz wadę: co się dzieje, od kiedy, w jakich sytuacjach.',
  },
  remedyLabel: 'Czego żądasz?',
  remedyOrder:
    'Zgodnie z prawem najpierw możesz żądać naprawy lub wymiany. Obniżenie ceny lub odstąpienie od umowy przysługuje, gdy sprzedawca odmówi albo nie zdoła naprawić lub wymienić produktu, gdy wada powtarza się albo jest tak istotna, że uzasadnia to od razu (art. 43d–43e u.p.k.). Przy nieistotnej wadzie nie można odstąpić od umowy.',
  remedies: {
    repair: 'Naprawa',
    replacement: 'Wymiana na nowy',
    price_reduction: 'Obniżenie ceny',
    withdrawal: 'Odstąpienie od umowy (zwrot pieniędzy)',
  },
  photosLabel: 'Zdjęcia',
  photosHint: (max, megabytes) =>
    `Do ${max} zdjęć (JPEG, PNG lub WebP), każde do ${megabytes} MB. Przy reklamacji pokaż wadę.`,
  emailLabel: 'E-mail do kontaktu (opcjonalnie)',
  emailHintOrder: (masked) => `Odpowiemy na adres z zamówienia (${masked}), chyba że podasz inny.`,
  emailHintNone: 'Podaj adres, na który wyślemy potwierdzenie i odpowiedź.',
  submit: { withdrawal: 'Zgłoś zwrot', complaint: 'Złóż reklamację' },
  changeSelection: 'Zmień wybór',
  issues: {
    items_required: 'Zaznacz co najmniej jeden produkt.',
    kind_required: 'Wybierz zwrot albo reklamację.',
    reason_required: 'Wybierz powód.',
    description_too_long: 'Opis może mieć najwyżej 5000 znaków.',
    description_required: 'Opisz wadę — bez tego sprzedawca nie rozpatrzy reklamacji.',
    remedy_required: 'Wybierz, czego żądasz.',
    email_invalid: 'To nie wygląda na adres e-mail.',
    email_required: 'Podaj adres e-mail, abyśmy mogli odpowiedzieć.',
    photos_too_many: 'Możesz dodać najwyżej 5 zdjęć.',
    photo_too_large: 'Zdjęcie jest za duże — każde może mieć najwyżej 8 MB.',
    photo_type: 'Ten plik nie jest zdjęciem JPEG, PNG ani WebP.',
    photos_required: 'Wybierz co najmniej jedno zdjęcie.',
    form_expired: 'Formularz wygasł — wybierz produkty jeszcze raz.',
  },
  explain: {
    period_expired: ({ deadline }) =>
      deadline
        ? `Termin na odstąpienie od umowy minął ${deadline} (14 dni od otrzymania produktu, art. 27 u.p.k.).`
        : 'Termin na odstąpienie od umowy (14 dni od otrzymania produktu, art. 27 u.p.k.) już minął.',
    liability_expired: ({ deadline }) =>
      `Sprzedawca odpowiada za wady ujawnione w ciągu 2 lat od wydania produktu (art. 43b u.p.k.)${deadline ? `; ten okres minął ${deadline}` : ' — ten okres już minął'}.`,
    no_statutory_right: () =>
      'Ustawowe prawo odstąpienia od umowy przysługuje konsumentom; przy zakupie na firmę obowiązują warunki sprzedawcy.',
    exception_personalized: () =>
      'Produkty wykonane według Twojej specyfikacji lub spersonalizowane nie podlegają zwrotowi (art. 38 ust. 1 pkt 3 u.p.k.).',
    exception_perishable: () =>
      'Produkty szybko psujące się lub o krótkim terminie przydatności nie podlegają zwrotowi (art. 38 ust. 1 pkt 4 u.p.k.).',
    exception_sealed_hygiene: () =>
      'Produkt dostarczony w zapieczętowanym opakowaniu, którego po otwarciu nie można zwrócić ze względów higienicznych lub zdrowotnych (art. 38 ust. 1 pkt 5 u.p.k.).',
    exception_sealed_media: () =>
      'Nagrania i programy komputerowe w zapieczętowanym opakowaniu nie podlegają zwrotowi po jego otwarciu (art. 38 ust. 1 pkt 9 u.p.k.).',
    exception_newspaper: () =>
      'Dzienniki, periodyki i czasopisma nie podlegają zwrotowi (art. 38 ust. 1 pkt 10 u.p.k.).',
    exception_mixed: () =>
      'Produkty, które po dostarczeniu zostały nierozłącznie połączone z innymi rzeczami, nie podlegają zwrotowi (art. 38 ust. 1 pkt 6 u.p.k.).',
    no_nonconformity: () =>
      'Sprawdziliśmy produkt i nie stwierdziliśmy niezgodności z umową (art. 43b u.p.k.).',
    damage_caused_by_buyer: () =>
      'Uszkodzenie powstało po wydaniu produktu (np. w wyniku uderzenia lub niewłaściwego użycia), więc nie jest wadą, za którą odpowiada sprzedawca (art. 43b u.p.k.).',
    within_statutory_period: ({ deadline }) =>
      `Mieścisz się w 14-dniowym terminie na odstąpienie od umowy${until(deadline)} (art. 27 u.p.k.).`,
    within_seller_period: ({ deadline }) =>
      `Sklep daje na zwrot więcej czasu niż ustawa${until(deadline)}.`,
    within_programme_period: ({ deadline }) =>
      `Program zwrotów platformy daje na zwrot więcej czasu niż ustawa${until(deadline)}.`,
    extended_not_informed: ({ deadline }) =>
      `Nie otrzymałeś informacji o prawie odstąpienia, więc termin wydłuża się o 12 miesięcy${until(deadline)} (art. 29 ust. 1 u.p.k.).`,
    information_given_late: ({ deadline }) =>
      `Informację o prawie odstąpienia otrzymałeś później, więc 14 dni liczy się od tego dnia${until(deadline)} (art. 29 ust. 2 u.p.k.).`,
    within_liability: ({ deadline }) =>
      `Sprzedawca odpowiada za wady ujawnione w ciągu 2 lat od wydania produktu${until(deadline)} (art. 43b u.p.k.).`,
    regime_consumer_rights_2023: () =>
      'Reklamację rozpatrujemy według ustawy o prawach konsumenta (rozdział 5a).',
    regime_civil_code_warranty: () =>
      'Umowa zawarta przed 2023 r.: reklamację rozpatrujemy według przepisów o rękojmi Kodeksu cywilnego.',
    regime_civil_code_b2b: () =>
      'Zakup na firmę: reklamację rozpatrujemy według Kodeksu cywilnego i warunków umowy.',
    partial_exception: () => 'Część produktów nie podlega zwrotowi — szczegóły przy każdym z nich.',
  },
  returnGoodsBy: (date) => `Odeślij produkty do ${date} (art. 34 u.p.k.).`,
  refundBy: (date) => `Zwrot pieniędzy najpóźniej ${date} (art. 32 u.p.k.).`,
  respondBy: (date) => `Odpowiemy na reklamację do ${date}.`,
  deemedAccepted: (date) =>
    `Jeśli nie odpowiemy do ${date}, Twoja reklamacja zostanie uznana za przyjętą (art. 7a u.p.k.).`,
  statusTitle: (number) => `Zgłoszenie ${number}`,
  statusWords: {
    new: 'Przyjęte — czeka na rozpatrzenie',
    awaiting_item: 'Czekamy na przesyłkę z produktem',
    received: 'Produkt dotarł do sklepu',
    inspected: 'Produkt sprawdzony',
    accepted: 'Uznane',
    refused: 'Odrzucone',
    resolved: 'Zakończone',
  },
  kindName: { withdrawal: 'Zwrot', complaint: 'Reklamacja' },
  itemsTitle: 'Produkty',
  deadlinesTitle: 'Terminy',
  decisionTitle: 'Decyzja',
  decisionAccepted: 'Zgłoszenie uznane.',
  decisionRefused: 'Zgłoszenie odrzucone.',
  refundTitle: 'Zwrot pieniędzy',
  refundStates: {
    pending: 'W przygotowaniu',
    requested: 'Zlecony',
    done: 'Wykonany',
    failed: 'W trakcie — sklep ponawia przelew',
  },
  returnAddressTitle: 'Dokąd odesłać produkt',
  historyTitle: 'Historia',
  events: {
    opened: 'Zgłoszenie przyjęte',
    item_requested: 'Sklep prosi o odesłanie produktu',
    received: 'Produkt dotarł do sklepu',
    accepted: 'Zgłoszenie uznane',
    refused: 'Zgłoszenie odrzucone',
    refund_done: 'Pieniądze zwrócone',
    replacement_sent: 'Wysłano nowy produkt',
    repair_done: 'Produkt naprawiony',
    deemed_accepted: 'Reklamacja uznana — brak odpowiedzi w terminie (art. 7a u.p.k.)',
  },
  customerEvent: 'Twoje uzupełnienie',
  photoEvent: 'Dodano zdjęcie',
  addPhotos: 'Dodaj zdjęcia',
  uploadPhotos: 'Wyślij zdjęcia',
  photosAdded: (count) => (count === 1 ? 'Dodano 1 zdjęcie.' : `Dodano zdjęcia: ${count}.`),
  created: 'Gotowe! Zgłoszenie przyjęte — potwierdzenie wysłaliśmy e-mailem.',
  tooManyTitle: 'Za dużo prób',
  tooMany: (minutes) => `Spróbuj ponownie za ${minutes} min.`,
  caseNotFoundTitle: 'Nie znaleźliśmy tego zgłoszenia',
  caseNotFound: 'Sprawdź, czy link jest taki sam jak w wiadomości od sklepu.',
  backToOrder: 'Wróć do zamówienia',
  toTracking: 'Śledzenie zamówienia',
}
