// Customer names as a Polish shop meets them: mostly Polish, some German and English.

const words = (text: string) => text.split(' ')

/** Polish first names (female, then male). */
export const POLISH_FEMALE = words(
  'Anna Katarzyna Maria Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Elżbieta Joanna ' +
    'Aleksandra Monika Zofia Teresa Danuta Natalia Karolina Marta Beata Dorota Justyna ' +
    'Paulina Weronika',
)
/** Polish male first names. */
export const POLISH_MALE = words(
  'Jan Piotr Andrzej Krzysztof Stanisław Tomasz Paweł Józef Marcin Marek Michał Grzegorz ' +
    'Jerzy Tadeusz Adam Łukasz Zbigniew Ryszard Dariusz Henryk Mariusz Kazimierz Wojciech ' +
    'Robert Mateusz Jakub',
)
/** Polish surnames in their masculine form (-ski/-cki become -ska/-cka for women). */
export const POLISH_SURNAMES = words(
  'Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański ' +
    'Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek ' +
    'Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel ' +
    'Nowakowski Majewski Olszewski Stępień Malinowski Jaworski Adamczyk Dudek Nowicki Pawlak ' +
    'Górski Witkowski Walczak Sikora Baran Rutkowski Michalak Szewczyk Ostrowski Tomaszewski ' +
    'Pietrzak Marciniak Wróblewski Zalewski Jakubowski Jasiński Zawadzki Sadowski Bąk ' +
    'Chmielewski Włodarczyk Borkowski Czarnecki Sawicki Sokołowski Urbański Kubiak ' +
    'Maciejewski Szczepański Kucharski Wilk Kalinowski Lis Mazurek Wysocki Adamski ' +
    'Kaźmierczak Wasilewski Sobczak Czerwiński Andrzejewski Cieślak Głowacki',
)
/** German first names. */
export const GERMAN_FIRST = words(
  'Lukas Jonas Leon Felix Maximilian Paul Anna Laura Julia Lena Sophie Hannah Thomas Stefan ' +
    'Sabine Ursula Jürgen Klaus',
)
/** German surnames. */
export const GERMAN_SURNAMES = words(
  'Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch ' +
    'Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann ' +
    'Hartmann Lange Weiß',
)
/** English first names. */
export const ENGLISH_FIRST = words(
  'James John Robert Michael David Emma Olivia Sophia Emily Jessica Daniel Thomas Sarah ' +
    'Laura Oliver Harry George Charlotte',
)
/** English surnames. */
export const ENGLISH_SURNAMES = words(
  'Smith Johnson Williams Brown Jones Miller Davis Wilson Taylor Anderson Thomas Moore ' +
    'Martin Thompson White Harris Clark Lewis',
)
/** Mail domains Polish, German and English buyers use. */
export const MAIL_DOMAINS = words(
  'gmail.com wp.pl onet.pl o2.pl interia.pl op.pl gmx.de web.de outlook.com yahoo.com ' +
    'icloud.com tlen.pl',
)

/** The feminine form of a Polish surname (Kowalski → Kowalska). */
export const feminine = (surname: string) =>
  surname.replace(/(ski|cki|dzki)$/, (m) => `${m.slice(0, -1)}a`)

/** A name stripped of diacritics and lower-cased, as it appears in e-mail addresses. */
export const asciiLower = (text: string) =>
  text
    .toLowerCase()
    .replaceAll('ł', 'l')
    .replaceAll('ß', 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')

const pick = <T>(random: () => number, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)] as T

/** A random buyer: 80 % Polish, 10 % German, 10 % English, with a plausible e-mail address. */
export function person(random: () => number): { first: string; last: string; email: string } {
  const origin = random()
  let first: string
  let last: string
  if (origin < 0.8) {
    const female = random() < 0.5
    first = pick(random, female ? POLISH_FEMALE : POLISH_MALE)
    const surname = pick(random, POLISH_SURNAMES)
    last = female ? feminine(surname) : surname
  } else if (origin < 0.9) {
    first = pick(random, GERMAN_FIRST)
    last = pick(random, GERMAN_SURNAMES)
  } else {
    first = pick(random, ENGLISH_FIRST)
    last = pick(random, ENGLISH_SURNAMES)
  }
  const digits = random() < 0.6 ? String(Math.floor(random() * 1990) + 10) : ''
  const local = random() < 0.7 ? `${first}.${last}` : `${first[0]}${last}`
  return { first, last, email: `${asciiLower(local)}${digits}@${pick(random, MAIL_DOMAINS)}` }
}

/** An Allegro-style login ("kasia_kowalska85", "mtomczak"). */
export function allegroLogin(random: () => number): string {
  const { first, last } = person(random)
  const base = random() < 0.5 ? `${first}_${last}` : `${first[0]}${last}`
  return `${asciiLower(base)}${random() < 0.7 ? Math.floor(random() * 99) : ''}`
}
