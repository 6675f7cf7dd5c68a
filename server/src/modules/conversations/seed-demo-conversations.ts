/** One demo thread: who writes, in which language, and how far the conversation has got. */
export interface DemoThread {
  channel: 'email' | 'widget'
  customer: { name: string; email: string }
  subject: string
  orderNumber?: string
  /** Hours ago and text; `agent` lines are the shop's replies. */
  lines: { hoursAgo: number; from: 'customer' | 'agent'; text: string }[]
  tags?: string[]
  assignTo?: string
  status?: 'pending' | 'resolved'
  priority?: 'high' | 'urgent'
  note?: string
}

/** Polish, English and German customers of a coffee shop, in every state an inbox shows. */
export const DEMO_THREADS: DemoThread[] = [
  {
    channel: 'email',
    customer: { name: 'Katarzyna Zielińska', email: 'k.zielinska@example.pl' },
    subject: 'Gdzie jest moja paczka? Zamówienie #KK-10482',
    orderNumber: 'KK-10482',
    lines: [
      {
        hoursAgo: 30,
        from: 'customer',
        text: 'Dzień dobry, zamówiłam kawę Etiopia Yirgacheffe tydzień temu, a status przesyłki od 4 dni się nie zmienia. Czy mogą Państwo sprawdzić, co się dzieje?',
      },
    ],
    tags: ['dostawa'],
    priority: 'high',
  },
  {
    channel: 'email',
    customer: { name: 'Tomasz Lewandowski', email: 'tomek.lewandowski@example.pl' },
    subject: 'Reklamacja – młynek przyszedł uszkodzony',
    orderNumber: 'KK-10455',
    lines: [
      {
        hoursAgo: 7,
        from: 'customer',
        text: 'Młynek Comandante przyszedł z pękniętą obudową. Załączam zdjęcia. Proszę o wymianę na nowy.',
      },
    ],
    tags: ['reklamacja'],
    assignTo: 'anna.kowalska@demo.aftersale.local',
    note: 'Sprawdziłam u kuriera – paczka była zgłoszona jako uszkodzona przy doręczeniu. @Piotr przygotuj wymianę.',
  },
  {
    channel: 'email',
    customer: { name: 'Sarah Thompson', email: 'sarah.thompson@example.co.uk' },
    subject: 'Question about decaf options',
    lines: [
      {
        hoursAgo: 3,
        from: 'customer',
        text: 'Hi! Do you ship your Swiss Water decaf to the UK, and how long would delivery take?',
      },
    ],
    assignTo: 'emily.carter@demo.aftersale.local',
  },
  {
    channel: 'email',
    customer: { name: 'Jürgen Becker', email: 'j.becker@example.de' },
    subject: 'Rechnung für Bestellung KK-10390',
    orderNumber: 'KK-10390',
    lines: [
      {
        hoursAgo: 52,
        from: 'customer',
        text: 'Guten Tag, ich benötige eine Rechnung mit meiner USt-IdNr. DE123456789 für die Bestellung KK-10390.',
      },
      {
        hoursAgo: 50,
        from: 'agent',
        text: 'Guten Tag Herr Becker, gerne – wir senden Ihnen die korrigierte Rechnung heute noch zu.',
      },
      {
        hoursAgo: 2,
        from: 'customer',
        text: 'Vielen Dank! Leider ist die Rechnung noch nicht angekommen.',
      },
    ],
    tags: ['faktura'],
  },
  {
    channel: 'email',
    customer: { name: 'Agnieszka Wójcik', email: 'aga.wojcik@example.pl' },
    subject: 'Zmiana adresu dostawy',
    orderNumber: 'KK-10501',
    lines: [
      {
        hoursAgo: 20,
        from: 'customer',
        text: 'Czy mogę jeszcze zmienić adres dostawy na ul. Długa 5, 31-147 Kraków?',
      },
      {
        hoursAgo: 19,
        from: 'agent',
        text: 'Dzień dobry, tak – adres został zmieniony. Paczka wyjedzie jutro rano.',
      },
    ],
    status: 'pending',
  },
  {
    channel: 'email',
    customer: { name: 'Michał Kamiński', email: 'michal.kaminski@example.pl' },
    subject: 'Zwrot kawy – niewłaściwy przemiał',
    orderNumber: 'KK-10312',
    lines: [
      {
        hoursAgo: 120,
        from: 'customer',
        text: 'Zamówiłem kawę ziarnistą, a przyszła mielona. Chciałbym ją zwrócić.',
      },
      {
        hoursAgo: 118,
        from: 'agent',
        text: 'Przepraszamy za pomyłkę! Wysłaliśmy etykietę zwrotną InPost na Pana adres e-mail.',
      },
      { hoursAgo: 96, from: 'customer', text: 'Dziękuję, paczka nadana.' },
      {
        hoursAgo: 95,
        from: 'agent',
        text: 'Zwrot zarejestrowany, pieniądze wrócą w ciągu 3 dni roboczych.',
      },
    ],
    tags: ['zwrot'],
    status: 'resolved',
  },
  {
    channel: 'widget',
    customer: { name: 'Paweł Szymański', email: 'pawel.szymanski@example.pl' },
    subject: 'Chat: Paweł Szymański',
    lines: [
      {
        hoursAgo: 0.2,
        from: 'customer',
        text: 'Hej, macie jeszcze Kenię AA w 1 kg? Na stronie pokazuje brak.',
      },
    ],
  },
  {
    channel: 'widget',
    customer: { name: 'Emma Schmidt', email: 'emma.schmidt@example.de' },
    subject: 'Chat: Emma Schmidt',
    lines: [
      { hoursAgo: 1, from: 'customer', text: 'Hallo, kann ich mit PayPal bezahlen?' },
      {
        hoursAgo: 0.9,
        from: 'agent',
        text: 'Hallo Emma, ja – PayPal, BLIK und Karte sind möglich.',
      },
      { hoursAgo: 0.5, from: 'customer', text: 'Super, und liefern Sie nach Österreich?' },
    ],
    assignTo: 'piotr.nowak@demo.aftersale.local',
  },
  {
    channel: 'widget',
    customer: { name: 'Oliver Smith', email: 'oliver.smith@example.com' },
    subject: 'Chat: Oliver Smith',
    lines: [
      {
        hoursAgo: 26,
        from: 'customer',
        text: 'My subscription renewed twice this month, can you refund the duplicate charge?',
      },
    ],
    tags: ['płatność', 'VIP'],
    priority: 'urgent',
  },
]
