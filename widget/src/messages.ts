/** The languages the widget speaks. */
export type Locale = 'pl' | 'en' | 'de'

const en = {
  open: 'Open chat',
  close: 'Close chat',
  title: 'Chat with us',
  greeting: 'Hi! How can we help you?',
  intro: 'Tell us who you are so we can answer you, here or by e-mail.',
  offlineIntro: 'No one is online right now. Leave a message and we will answer by e-mail.',
  name: 'Your name',
  email: 'E-mail',
  order: 'Order number (optional)',
  start: 'Start chat',
  nameRequired: 'Please enter your name.',
  emailInvalid: 'Please enter a valid e-mail address.',
  orderTooLong: 'The order number can have at most 64 characters.',
  message: 'Message',
  messages: 'Messages',
  placeholder: 'Write a message…',
  send: 'Send',
  sending: 'Sending…',
  sent: 'Sent',
  failed: 'Not sent.',
  retry: 'Retry',
  you: 'You',
  agent: 'Support',
  typing: '{name} is typing…',
  offline: 'No one is online right now. We will answer by e-mail to {email}.',
  reconnecting: 'Connection lost. Reconnecting…',
  tooLong: 'A message can have at most 5,000 characters.',
  rateLimited: 'You are sending messages too quickly. Please wait a moment.',
  error: 'Something went wrong. Please try again.',
  expired: 'Your chat session has ended. Please start a new chat.',
  unread: 'New message',
}

/** Every text the widget shows. */
export type Messages = typeof en

const pl: Messages = {
  open: 'Otwórz czat',
  close: 'Zamknij czat',
  title: 'Napisz do nas',
  greeting: 'Dzień dobry! W czym możemy pomóc?',
  intro: 'Przedstaw się, żebyśmy mogli odpowiedzieć tutaj albo e-mailem.',
  offlineIntro: 'Nikt z nas nie jest teraz dostępny. Zostaw wiadomość, odpowiemy e-mailem.',
  name: 'Imię i nazwisko',
  email: 'E-mail',
  order: 'Numer zamówienia (opcjonalnie)',
  start: 'Rozpocznij czat',
  nameRequired: 'Podaj swoje imię.',
  emailInvalid: 'Podaj poprawny adres e-mail.',
  orderTooLong: 'Numer zamówienia może mieć najwyżej 64 znaki.',
  message: 'Wiadomość',
  messages: 'Wiadomości',
  placeholder: 'Napisz wiadomość…',
  send: 'Wyślij',
  sending: 'Wysyłanie…',
  sent: 'Wysłano',
  failed: 'Nie wysłano.',
  retry: 'Ponów',
  you: 'Ty',
  agent: 'Obsługa',
  typing: '{name} pisze…',
  offline: 'Nikt z nas nie jest teraz dostępny. Odpowiemy e-mailem na adres {email}.',
  reconnecting: 'Utracono połączenie. Łączymy ponownie…',
  tooLong: 'Wiadomość może mieć najwyżej 5000 znaków.',
  rateLimited: 'Wysyłasz wiadomości zbyt szybko. Poczekaj chwilę.',
  error: 'Coś poszło nie tak. Spróbuj ponownie.',
  expired: 'Sesja czatu wygasła. Rozpocznij nowy czat.',
  unread: 'Nowa wiadomość',
}

const de: Messages = {
  open: 'Chat öffnen',
  close: 'Chat schließen',
  title: 'Schreiben Sie uns',
  greeting: 'Hallo! Wie können wir helfen?',
  intro: 'Sagen Sie uns, wer Sie sind, damit wir hier oder per E-Mail antworten können.',
  offlineIntro:
    'Gerade ist niemand online. Hinterlassen Sie eine Nachricht, wir antworten per E-Mail.',
  name: 'Ihr Name',
  email: 'E-Mail',
  order: 'Bestellnummer (optional)',
  start: 'Chat starten',
  nameRequired: 'Bitte geben Sie Ihren Namen ein.',
  emailInvalid: 'Bitte geben Sie eine gültige E-Mail-Adresse ein.',
  orderTooLong: 'Die Bestellnummer darf höchstens 64 Zeichen haben.',
  message: 'Nachricht',
  messages: 'Nachrichten',
  placeholder: 'Nachricht schreiben…',
  send: 'Senden',
  sending: 'Wird gesendet…',
  sent: 'Gesendet',
  failed: 'Nicht gesendet.',
  retry: 'Erneut senden',
  you: 'Sie',
  agent: 'Support',
  typing: '{name} schreibt…',
  offline: 'Gerade ist niemand online. Wir antworten per E-Mail an {email}.',
  reconnecting: 'Verbindung unterbrochen. Verbinde neu…',
  tooLong: 'Eine Nachricht darf höchstens 5.000 Zeichen haben.',
  rateLimited: 'Sie senden zu schnell. Bitte warten Sie einen Moment.',
  error: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
  expired: 'Ihre Chat-Sitzung ist abgelaufen. Bitte starten Sie einen neuen Chat.',
  unread: 'Neue Nachricht',
}

const ALL: Record<Locale, Messages> = { pl, en, de }

/** The first of the browser's languages the widget speaks (`de-AT` → de), else English. */
export function pickLocale(languages: readonly string[]): Locale {
  for (const language of languages) {
    const base = language.toLowerCase().split('-')[0]
    if (base === 'pl' || base === 'de' || base === 'en') return base
  }
  return 'en'
}

/** The texts of a locale. */
export const messagesFor = (locale: Locale): Messages => ALL[locale]

/** Fills `{name}` placeholders. */
export const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '')
