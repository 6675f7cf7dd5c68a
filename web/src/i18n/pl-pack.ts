/** Pack station texts (PL). */
export const plPack = {
  pack: {
    title: 'Stanowisko pakowania',
    intro:
      'Zeskanuj lub wpisz numer zamówienia albo przesyłki, odhacz listę kontrolną i zrób zdjęcia paczki.',
    scanLabel: 'Numer zamówienia lub przesyłki',
    scanPlaceholder: 'Zeskanuj kod…',
    find: 'Szukaj',
    notFound: 'Nie znaleziono zamówienia „{{code}}”. Sprawdź numer i zeskanuj ponownie.',
    sku: 'SKU',
    previousChecks_one: 'Pakowane już {{count}} raz (ostatnio {{at}})',
    previousChecks_few: 'Pakowane już {{count}} razy (ostatnio {{at}})',
    previousChecks_many: 'Pakowane już {{count}} razy (ostatnio {{at}})',
    previousChecks_other: 'Pakowane już {{count}} razy (ostatnio {{at}})',
    checklistTitle: 'Lista kontrolna',
    checkedOf: '{{checked}} z {{total}}',
    photosTitle: 'Zdjęcia paczki',
    takePhoto: 'Zrób zdjęcie',
    capture: 'Zrób zdjęcie teraz',
    closeCamera: 'Zamknij aparat',
    uploadPhoto: 'Dodaj plik',
    cameraUnavailable: 'Aparat jest niedostępny lub brak zgody. Dodaj zdjęcie z pliku.',
    noPhotos: 'Brak zdjęć tej paczki.',
    photoAlt: 'Zdjęcie paczki',
    uploading: 'Wysyłanie zdjęcia',
    photoSaved: 'Zapisane',
    note: 'Uwagi (opcjonalnie)',
    uncheckedWarning_one:
      '{{count}} punkt listy nie jest odhaczony — zostanie zapisany jako niespełniony.',
    uncheckedWarning_few:
      '{{count}} punkty listy nie są odhaczone — zostaną zapisane jako niespełnione.',
    uncheckedWarning_many:
      '{{count}} punktów listy nie jest odhaczonych — zostaną zapisane jako niespełnione.',
    uncheckedWarning_other:
      '{{count}} punktu listy nie odhaczono — zostaną zapisane jako niespełnione.',
    save: 'Zapisz kontrolę',
    waitForUploads: 'Czekam na wysłanie zdjęć…',
    cancel: 'Anuluj',
    saveFailed: 'Nie zapisano kontroli',
    savedTitle: 'Zapisano kontrolę zamówienia {{number}}',
    savedAllChecked_one:
      'Wszystkie punkty odhaczone, {{count}} zdjęcie. Możesz skanować następną paczkę.',
    savedAllChecked_few:
      'Wszystkie punkty odhaczone, {{count}} zdjęcia. Możesz skanować następną paczkę.',
    savedAllChecked_many:
      'Wszystkie punkty odhaczone, {{count}} zdjęć. Możesz skanować następną paczkę.',
    savedAllChecked_other:
      'Wszystkie punkty odhaczone, {{count}} zdjęcia. Możesz skanować następną paczkę.',
    savedWithWarnings:
      'Zapisano z nieodhaczonymi punktami: {{items}}. Możesz skanować następną paczkę.',
    cardTitle: 'Pakowanie',
    cardEmpty: 'Zamówienie nie przeszło jeszcze kontroli pakowania.',
    packedBy: 'Pakował(a) {{name}}',
    unknownPacker: 'nieznana osoba',
    otherPhotos: 'Zdjęcia spoza kontroli',
    evidencePdf: 'PDF z dowodami',
    evidencePdfHint:
      'Zamówienie, przesyłki, korespondencja i pakowanie — do sporu A-to-z, dyskusji Allegro lub chargebacku.',
  },
}
