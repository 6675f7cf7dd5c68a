// Polish e-commerce customer-service phrases: what buyers and sellers write on Allegro, by mail
// and in the shop's chat. Slots in braces are filled from the word lists below.

const PRODUCTS = [
  'kurtkę zimową',
  'buty sportowe',
  'ekspres do kawy',
  'słuchawki bezprzewodowe',
  'etui na telefon',
  'lampkę biurkową',
  'plecak turystyczny',
  'zegarek',
  'kawę ziarnistą',
  'odkurzacz',
  'blender',
  'komplet pościeli',
  'klocki dla dziecka',
  'koc z polaru',
  'ładowarkę',
  'kabel USB-C',
  'toner do drukarki',
  'opony zimowe',
  'rower miejski',
  'fotel biurowy',
  'materac',
  'patelnię',
  'czajnik elektryczny',
  'suszarkę do włosów',
  'zestaw śrubokrętów',
  'karmę dla psa',
  'perfumy',
  'sukienkę',
  'spodnie jeansowe',
  'powerbank',
]
const COURIERS = ['InPost', 'DPD', 'DHL', 'GLS', 'Poczta Polska', 'Orlen Paczka', 'UPS', 'FedEx']
const COLORS = ['czarnym', 'białym', 'czerwonym', 'niebieskim', 'zielonym', 'szarym', 'beżowym']
const DEFECTS = [
  'pęknięta obudowa',
  'nie włącza się',
  'brakuje instrukcji',
  'porysowany ekran',
  'odkleja się podeszwa',
  'przecieka',
  'głośno pracuje',
  'nie ładuje',
  'zły rozmiar',
  'inny kolor niż na zdjęciu',
]

const CUSTOMER = [
  'Zamówiłem {product} {days} dni temu i paczka nadal nie dotarła.',
  'Kurier {courier} nie dostarczył przesyłki, status w śledzeniu stoi od wczoraj.',
  'Chciałabym zwrócić {product}, bo rozmiar jest za mały. Jak mam to zrobić?',
  'Produkt przyszedł uszkodzony, w załączniku przesyłam zdjęcia opakowania.',
  'Proszę o fakturę VAT na firmę, NIP podałem w uwagach do zamówienia.',
  'Czy {product} jest jeszcze dostępny w kolorze {color}?',
  'Otrzymałem inny model niż zamawiałem, proszę o wymianę.',
  'Kiedy mogę spodziewać się zwrotu pieniędzy za anulowane zamówienie?',
  'Paczkomat jest pełny, czy można zmienić punkt odbioru na inny?',
  'Reklamuję {product}: {defect}. Proszę o informację, co dalej.',
  'Czy wysyłka za granicę do Niemiec jest możliwa i ile kosztuje?',
  'Brakuje jednej sztuki w zamówieniu, zamawiałem {qty} a przyszło mniej.',
  'Dziękuję za szybką odpowiedź, wszystko w porządku.',
  'Zapłaciłem za {product} przez BLIK, a zamówienie nadal jest nieopłacone.',
  'Czy mogę jeszcze zmienić adres dostawy? Przeprowadziłem się w tym tygodniu.',
  'Przesyłka wróciła do nadawcy, bo nie było mnie w domu. Czy możecie wysłać ponownie?',
  'Ile trwa rozpatrzenie reklamacji? Minęły już {days} dni.',
  'Czy {product} ma gwarancję producenta i na jak długo?',
  'Zwrot odesłałem kurierem {courier}, numer nadania w załączniku.',
  'Proszę o kontakt telefoniczny w sprawie zamówienia, to pilne.',
  'Czy dostanę rabat za opóźnienie? Prezent miał być na urodziny.',
  'W opisie aukcji było napisane, że wysyłka jest w 24 godziny.',
  'Czy macie {product} w większym rozmiarze na stanie?',
  'Nie mogę znaleźć numeru przesyłki, proszę o przesłanie linku do śledzenia.',
  'Towar zgodny z opisem, polecam sklep, wystawię pozytywną opinię.',
  'Po tygodniu używania {product} przestał działać, {defect}.',
  'Zamówienie zostało anulowane bez mojej zgody, dlaczego?',
  'Czy można odebrać zamówienie osobiście w sklepie stacjonarnym?',
]
const SELLER = [
  'Dziękujemy za wiadomość, sprawdzimy status przesyłki u przewoźnika {courier}.',
  'Przepraszamy za kłopot, wyślemy nowy egzemplarz jeszcze dziś.',
  'Zwrot pieniędzy został zlecony, środki pojawią się na koncie w ciągu 3 dni roboczych.',
  'Faktura została wysłana na adres e-mail podany w zamówieniu.',
  'Prosimy o odesłanie produktu na nasz adres, koszt zwrotu pokrywamy my.',
  'Reklamacja została przyjęta, odpowiemy w ciągu 14 dni.',
  'Paczka została nadana, numer przesyłki znajdzie Pan w szczegółach zamówienia.',
  'Niestety {product} w kolorze {color} jest chwilowo niedostępny.',
  'Adres dostawy został zmieniony zgodnie z prośbą.',
  'Prosimy o przesłanie zdjęć uszkodzenia, abyśmy mogli zgłosić szkodę przewoźnikowi.',
  'Wysyłka do Niemiec jest możliwa, koszt to {qty}9 zł.',
  'Brakującą sztukę dosłaliśmy dziś kurierem {courier}.',
  'Gwarancja producenta wynosi 24 miesiące, szczegóły w karcie gwarancyjnej.',
  'Przepraszamy za opóźnienie, w ramach rekompensaty przyznaliśmy rabat 10%.',
]
const GREETINGS = ['Dzień dobry,', 'Witam,', 'Dzień dobry!', 'Cześć,', 'Szanowni Państwo,', '']
const CLOSINGS = ['Pozdrawiam', 'Z poważaniem', 'Dziękuję i pozdrawiam', 'Pozdrawiamy', '']

const pick = <T>(random: () => number, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)] as T

/** One filled-in sentence a buyer (or, with `seller`, the shop) would write. */
export function sentence(random: () => number, seller = false): string {
  return pick(random, seller ? SELLER : CUSTOMER).replace(/\{(\w+)\}/g, (_, slot: string) => {
    if (slot === 'product') return pick(random, PRODUCTS)
    if (slot === 'courier') return pick(random, COURIERS)
    if (slot === 'color') return pick(random, COLORS)
    if (slot === 'defect') return pick(random, DEFECTS)
    if (slot === 'days') return String(2 + Math.floor(random() * 20))
    return String(2 + Math.floor(random() * 8))
  })
}

/** A whole message: greeting, one to six sentences (now and then twenty), closing and name. */
export function messageText(random: () => number, seller: boolean, name: string | null): string {
  const long = random() < 0.05
  const count = long ? 10 + Math.floor(random() * 15) : 1 + Math.floor(random() * 6 * random())
  const body = Array.from({ length: count }, () => sentence(random, seller))
  const closing = pick(random, CLOSINGS)
  return [pick(random, GREETINGS), ...body, closing && `${closing}${name ? `, ${name}` : ''}`]
    .filter(Boolean)
    .join(seller || random() < 0.5 ? '\n' : ' ')
}
