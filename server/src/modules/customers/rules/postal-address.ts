import { foldForComparison } from './person-name.js'

/** An address as the matching rules see it; only the country is certain to be there. */
export interface AddressFacts {
  street?: string | null
  postCode?: string | null
  city?: string | null
  /** ISO 3166-1 alpha-2. */
  countryCode: string
}

// Words that label a street or a flat rather than name it: "ul. Długa 5 m. 3" and
// "Długa 5/3" are the same door; "Hauptstr. 1" and "Hauptstraße 1" too. Words stay apart so
// that "Długa 5/3" does not become "Długa 53".
const FILLER_WORDS = new Set([
  'ul',
  'ulica',
  'al',
  'aleja',
  'aleje',
  'os',
  'osiedle',
  'm',
  'lok',
  'lokal',
  'mieszk',
  'apt',
  'whg',
  'wohnung',
  'flat',
  'nr',
  'no',
])

function streetKey(street: string): string {
  return foldForComparison(street)
    .replace(/strasse\b|str\b/g, 'str')
    .split(' ')
    .filter((word) => word !== '' && !FILLER_WORDS.has(word))
    .join(' ')
}

function postCodeKey(postCode: string): string {
  return postCode.toUpperCase().replace(/[^A-Z0-9]/g, '')
}

function present(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.trim() !== ''
}

/** True when both addresses carry the same non-empty post code in the same country ("00-950" = "00950"). */
export function samePostCode(a: AddressFacts, b: AddressFacts): boolean {
  return (
    a.countryCode.toUpperCase() === b.countryCode.toUpperCase() &&
    present(a.postCode) &&
    present(b.postCode) &&
    postCodeKey(a.postCode) === postCodeKey(b.postCode)
  )
}

/**
 * True when two addresses name the same door: same country and street with number (labels
 * such as "ul.", "m.", "Str." ignored, diacritics folded), and the same post code — or, when
 * neither has one, the same city.
 */
export function sameStreetAddress(a: AddressFacts, b: AddressFacts): boolean {
  if (a.countryCode.toUpperCase() !== b.countryCode.toUpperCase()) return false
  if (!present(a.street) || !present(b.street)) return false
  const street = streetKey(a.street)
  if (street === '' || street !== streetKey(b.street)) return false
  if (present(a.postCode) || present(b.postCode)) return samePostCode(a, b)
  return (
    present(a.city) && present(b.city) && foldForComparison(a.city) === foldForComparison(b.city)
  )
}
