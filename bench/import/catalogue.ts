// What a Polish shop on Allegro, Amazon and its own site sells: product names in the language
// buyers see, with gross prices in PLN as the shop's export writes them.

/** Products with a SKU, a name and a gross price in grosze. */
export const PRODUCTS: { sku: string; name: string; priceMinor: number }[] = [
  ['Kawa ziarnista Brazylia Santos 1 kg', 8999],
  ['Kawa mielona Etiopia Yirgacheffe 250 g', 3499],
  ['Młynek ręczny do kawy, stalowe żarna', 14900],
  ['Ekspres przelewowy 1,2 l', 21900],
  ['Filtry papierowe V60 (100 szt.)', 2450],
  ['Kubek termiczny 450 ml z imieniem', 6900],
  ['Herbata zielona Sencha 100 g', 2999],
  ['Czajnik elektryczny z regulacją temperatury', 18900],
  ['Dzbanek do cold brew 1 l', 7900],
  ['Syrop karmelowy 700 ml', 3290],
  ['Zestaw prezentowy „Poranek”', 12900],
  ['Kapsułki kompatybilne (50 szt.)', 5990],
  ['Spieniacz do mleka', 9900],
  ['Waga kuchenna z timerem', 8900],
  ['Kalendarz adwentowy z kawą', 15900],
  ['Coffee beans Colombia Supremo 500 g', 4990],
  ['Kaffeebohnen Espresso Crema 1 kg', 7990],
].flatMap(([name, price], i) =>
  // Each product in a few variants, so the file has a catalogue of realistic size.
  Array.from({ length: 24 }, (_, v) => ({
    sku: `KK-${String(i + 1).padStart(3, '0')}-${String(v + 1).padStart(2, '0')}`,
    name: v === 0 ? String(name) : `${name} (wariant ${v + 1})`,
    priceMinor: Number(price) + v * 100,
  })),
)

/** Polish cities with a postcode prefix, weighted by how often they appear in shop orders. */
export const CITIES: [string, string][] = [
  ['Warszawa', '00'],
  ['Kraków', '30'],
  ['Łódź', '90'],
  ['Wrocław', '50'],
  ['Poznań', '60'],
  ['Gdańsk', '80'],
  ['Szczecin', '70'],
  ['Bydgoszcz', '85'],
  ['Lublin', '20'],
  ['Białystok', '15'],
  ['Katowice', '40'],
  ['Gdynia', '81'],
  ['Częstochowa', '42'],
  ['Radom', '26'],
  ['Toruń', '87'],
  ['Rzeszów', '35'],
  ['Zielona Góra', '65'],
  ['Olsztyn', '10'],
]

/** Street names as they appear on Polish parcels. */
export const STREETS = [
  'ul. Długa',
  'ul. Kościuszki',
  'ul. Mickiewicza',
  'ul. Słowackiego',
  'ul. Piłsudskiego',
  'al. Jana Pawła II',
  'ul. Polna',
  'ul. Leśna',
  'ul. Ogrodowa',
  'ul. Żeromskiego',
  'ul. Sienkiewicza',
  'os. Tysiąclecia',
]
