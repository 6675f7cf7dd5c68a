/** Case deadline clocks in the inbox, order and navigation, and Settings → Returns (PL). */
export const plReturnClocks = {
  returnClocks: {
    title: 'Terminy zwrotów i reklamacji',
    cardTitle: 'Zwroty i reklamacje',
    openCase: 'Otwórz zwrot/reklamację',
    openCaseHint: 'Nowy zwrot lub reklamacja do tego zamówienia',
    none: 'Brak otwartych zwrotów i reklamacji w tej rozmowie.',
    noneForOrder: 'Brak zwrotów i reklamacji dla tego zamówienia.',
    noOrder: 'Rozmowa nie ma powiązanego zamówienia — wybierz je w formularzu.',
    navDue: 'Sprawy z terminem w ciągu 3 dni: {{due}}, po terminie: {{overdue}}',
    kind: {
      withdrawal: 'Zwrot',
      complaint: 'Reklamacja',
    },
    status: {
      new: 'Nowa',
      awaiting_item: 'Czeka na towar',
      received: 'Towar odebrany',
      inspected: 'Sprawdzona',
      accepted: 'Uznana',
      refused: 'Odrzucona',
      resolved: 'Zakończona',
    },
    chip: {
      answer: 'Odpowiedź: {{time}}',
      answerOverdue: 'Odpowiedź: {{time}} po terminie',
      refund: 'Zwrot pieniędzy: {{time}}',
      refundOverdue: 'Zwrot pieniędzy: {{time}} po terminie',
      deemedAccepted: 'Uznana z mocy prawa',
      listLeft: '{{kind}}: {{time}}',
      listOverdue: '{{kind}}: po terminie',
    },
    tooltip: {
      answer:
        'Odpowiedz do {{date}} (do końca dnia). Brak odpowiedzi w 14 dni oznacza uznanie reklamacji (art. 7a ustawy o prawach konsumenta).',
      refund:
        'Zwróć pieniądze do {{date}} (do końca dnia) — 14 dni od odstąpienia (art. 32 ustawy o prawach konsumenta).',
      deemedAccepted:
        'Brak odpowiedzi w terminie: od {{date}} reklamacja jest uznana z mocy prawa (art. 7a ustawy o prawach konsumenta).',
    },
    dueOn: 'termin {{date}}',
    settings: {
      checklist: {
        title: 'Lista kontrolna pakowania',
        hint: 'Co pakujący odhacza na stanowisku pakowania: jedna pozycja w wierszu, do {{max}} pozycji po {{chars}} znaków.',
        invalid: 'Podaj od 1 do 20 pozycji, każdą do 120 znaków.',
        save: 'Zapisz listę',
        saved: 'Lista kontrolna zapisana',
      },
      tab: 'Zwroty',
      title: 'Zwroty i reklamacje',
      description:
        'Okno zwrotu, programy marketplace’ów, adres zwrotu, instrukcje dla kupujących, przypomnienia o terminach i portal zwrotów.',
      readOnly: 'Tylko administrator może zmieniać te ustawienia.',
      saved: 'Zapisano ustawienia zwrotów',
      windowTitle: 'Prawo odstąpienia i okno zwrotu',
      windowHint:
        'Konsument może odstąpić od umowy zawartej na odległość w ciągu 14 dni od otrzymania towaru (art. 27 ustawy o prawach konsumenta). Możesz dać dłuższy termin.',
      sellerReturnDays: 'Dobrowolne okno zwrotu (dni)',
      sellerReturnDaysHint: 'Puste = ustawowe 14 dni. Od 14 do 365.',
      statutory: '14 (ustawowe)',
      informs: 'Informujemy kupujących o prawie odstąpienia',
      informsHint:
        'Wyłącz, jeśli w ofertach lub potwierdzeniu zamówienia nie ma pouczenia o prawie odstąpienia: wtedy termin wydłuża się o 12 miesięcy (art. 29 ustawy o prawach konsumenta), a system liczy go właśnie tak.',
      programmesTitle: 'Programy marketplace’ów',
      programmesHint:
        'Dłuższe okna zwrotu, które obiecujesz na danym kanale (np. Amazon: 30 dni). Puste pole = brak programu, obowiązuje okno ogólne.',
      programmeDays: 'Dni na zwrot',
      includesBusiness: 'Obejmuje firmy',
      includesBusinessHint: 'Program dotyczy też kupujących firmowych (B2B)',
      channel: {
        allegro: 'Allegro',
        amazon: 'Amazon',
        kaufland: 'Kaufland',
        emag: 'eMAG',
        shop: 'Sklep internetowy',
      },
      addressTitle: 'Adres zwrotu',
      addressHint:
        'Tu kupujący odsyłają towar; adres trafia do instrukcji i portalu. Zostaw puste, by go nie podawać.',
      addressName: 'Nazwa odbiorcy',
      addressStreet: 'Ulica i numer',
      addressPostCode: 'Kod pocztowy',
      addressCity: 'Miejscowość',
      addressCountry: 'Kraj',
      addressIncomplete: 'Uzupełnij wszystkie pola adresu albo wyczyść je wszystkie.',
      instructionsTitle: 'Instrukcje zwrotu',
      instructionsHint:
        'Tekst dla kupującego w e-mailu i portalu, w jego języku (np. jak zapakować, czy dołączyć formularz).',
      instructionsLabel: 'Instrukcje ({{language}})',
      language: {
        pl: 'Polski',
        en: 'Angielski',
        de: 'Niemiecki',
      },
      clocksTitle: 'Przypomnienia i eskalacja',
      clocksHint:
        'Przed upływem terminu (odpowiedź na reklamację, zwrot pieniędzy) przypominamy zespołowi, a na koniec powiadamiamy właściciela.',
      reminderHours: 'Przypomnienia (godziny przed terminem)',
      reminderHoursHint: 'Do 5 wartości od 1 do 336; wpisz liczbę i naciśnij Enter.',
      reminderHoursInvalid: 'Do 5 różnych liczb całkowitych od 1 do 336.',
      escalateHours: 'Eskalacja do właściciela (godziny przed terminem)',
      escalateHoursHint: 'Od 1 do 336 godzin.',
      hours: '{{hours}} h',
      portalTitle: 'Portal zwrotów',
      portalHint:
        'Kupujący zgłaszają zwrot lub reklamację sami: podają numer zamówienia i e-mail, wybierają produkty.',
      portalEnabled: 'Portal zwrotów włączony',
      portalLink: 'Publiczny adres portalu',
      portalOpen: 'Otwórz portal',
      portalDisabled: 'Portal jest wyłączony — ten adres pokaże kupującym informację o tym.',
    },
  },
}
